/** The reference page's stylesheet; inline and allowed by its hash (DOCS_PAGE_CSP), so the page needs no other request. */
export const DOCS_CSS = `
:root{--ink:#1a1f36;--muted:#5b6478;--line:#e3e8ee;--soft:#f6f8fa;--brand:#2563eb;--code:#0f172a;font-family:system-ui,-apple-system,"Segoe UI","Hiragino Sans","Noto Sans JP",sans-serif;color:var(--ink);line-height:1.55}
*{box-sizing:border-box}body{margin:0;display:grid;grid-template-columns:260px 1fr;min-height:100vh}
a{color:var(--brand);text-decoration:none}a:hover{text-decoration:underline}a:focus-visible{outline:2px solid var(--brand);outline-offset:2px;border-radius:3px}
code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.88em;background:var(--soft);border:1px solid var(--line);border-radius:4px;padding:0 4px}
.sidebar{position:sticky;top:0;height:100vh;overflow-y:auto;border-right:1px solid var(--line);padding:20px 12px;background:#fbfcfd;font-size:14px}
.sidebar ul{list-style:none;margin:0;padding:0}.sidebar li li a{display:flex;gap:8px;align-items:center;padding:3px 8px;color:var(--muted);border-radius:6px}
.sidebar li li a:hover{background:var(--soft);color:var(--ink);text-decoration:none}
.brand{display:block;font-weight:700;color:var(--ink);font-size:16px;padding:0 8px 16px}.brand span{color:var(--muted);font-weight:500;margin-left:4px}
.group{display:block;font-weight:600;color:var(--ink);padding:12px 8px 4px;font-size:12px;text-transform:uppercase;letter-spacing:.04em}
main{padding:0 40px 80px;min-width:0}
.intro{max-width:1100px;padding:40px 0 8px}.intro h1{font-size:30px;margin:0 0 8px}.lead{font-size:17px;color:var(--muted);max-width:760px}
.cards{display:grid;grid-template-columns:1fr 1fr;gap:16px;margin-top:20px}.card{border:1px solid var(--line);border-radius:10px;padding:4px 20px;background:#fff}
.card h3{font-size:15px}.card li{margin:6px 0}
.tag{border-top:1px solid var(--line);padding-top:28px;margin-top:36px;max-width:1100px}.tag h2{font-size:24px;margin:0 0 4px}.tag-description{color:var(--muted);margin:0 0 8px}
.operation{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,420px);gap:32px;padding:28px 0;border-bottom:1px solid var(--line)}
.operation:last-child{border-bottom:0}.operation h3,.object h3{font-size:19px;margin:0 0 8px}
.endpoint{display:flex;align-items:center;gap:10px;flex-wrap:wrap;margin-bottom:8px}.endpoint code{font-size:14px;background:none;border:0;padding:0}
.verb{font:700 11px/1 ui-monospace,Menlo,monospace;padding:4px 6px;border-radius:4px;color:#fff;min-width:42px;text-align:center;display:inline-block}
.verb-get{background:#0e7a4f}.verb-post{background:#2563eb}.verb-put,.verb-patch{background:#b45309}.verb-delete{background:#b91c1c}
.pill{font-size:12px;color:var(--muted);border:1px solid var(--line);border-radius:999px;padding:1px 8px}
h4{font-size:13px;text-transform:uppercase;letter-spacing:.04em;color:var(--muted);margin:20px 0 6px}
table{border-collapse:collapse;width:100%;font-size:14px}th{text-align:left;font-weight:600;color:var(--muted);font-size:12px;border-bottom:1px solid var(--line);padding:6px 8px}
td{border-bottom:1px solid var(--line);padding:8px;vertical-align:top}td:first-child{white-space:nowrap;width:1%}td.type{color:var(--muted);font-family:ui-monospace,Menlo,monospace;font-size:12.5px;max-width:220px;overflow-wrap:break-word}
code.field{background:none;border:0;padding:0;font-weight:600;color:var(--ink)}
.req,.opt{display:block;font-size:11px;margin-top:2px}.req{color:#b45309}.opt{color:var(--muted)}
.notes{color:var(--muted);font-size:12.5px;margin-top:2px;overflow-wrap:anywhere}
.responses{list-style:none;padding:0;margin:0;font-size:14px}.responses li{padding:5px 0;border-bottom:1px solid var(--line)}
.status{font:600 12px ui-monospace,Menlo,monospace;padding:1px 6px;border-radius:4px;margin-right:6px}.status-2{background:#dcfce7;color:#14532d}.status-4{background:#fee2e2;color:#7f1d1d}
.returns{color:var(--muted)}
.examples{position:sticky;top:16px;align-self:start}.code-title{background:#1e293b;color:#cbd5e1;font-size:12px;padding:6px 12px;border-radius:8px 8px 0 0;margin-top:12px}
.examples pre{margin:0;background:var(--code);color:#e2e8f0;padding:12px;border-radius:0 0 8px 8px;overflow-x:auto;font-size:12.5px;line-height:1.5;max-height:420px}
.examples pre code{background:none;border:0;padding:0;color:inherit}
.object{padding:20px 0;border-bottom:1px solid var(--line)}
@media (max-width:1100px){.operation{grid-template-columns:1fr}.examples{position:static}}
@media (max-width:760px){body{grid-template-columns:1fr}.sidebar{position:static;height:auto}.cards{grid-template-columns:1fr}main{padding:0 16px 40px}}
`;
