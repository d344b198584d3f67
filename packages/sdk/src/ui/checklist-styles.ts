/** The checklist widget's rules, appended to the guide UI's stylesheet (it reuses .card, .title, .btn, .close). */
export const CHECKLIST_CSS = `
.cl{position:fixed;left:20px;bottom:20px;display:flex;flex-direction:column;align-items:flex-start;gap:10px}
.cl-panel{position:static;width:340px;max-width:calc(100vw - 40px);max-height:calc(100vh - 100px);overflow:auto}
.cl-panel .title{margin-right:60px}
.cl-min{right:40px}
.cl-bar{height:6px;margin:12px 0 6px;border-radius:3px;background:#e5e7eb;overflow:hidden}
.cl-bar i{display:block;height:100%;background:var(--sh-brand);transition:width .4s}
.cl-tasks{list-style:none;margin:8px 0 0;padding:0}
.cl-tasks li{display:flex;align-items:center;gap:10px;padding:9px 0;border-top:1px solid #f3f4f6}
.cl-tick{flex:none;display:grid;place-items:center;width:20px;height:20px;border-radius:50%;border:1.5px solid #d1d5db;color:var(--sh-on-brand)}
.done .cl-tick{background:var(--sh-brand);border-color:var(--sh-brand)}
.done .cl-name{color:var(--sh-muted);text-decoration:line-through}
.cl-text{flex:1;min-width:0;overflow-wrap:anywhere}
.cl-name{display:block;color:var(--sh-ink);font-weight:500}
.cl-desc{display:block;font-size:12px;color:var(--sh-muted)}
.cl-yay{display:flex;flex-direction:column;align-items:center;gap:10px;margin:16px 0 6px;font-size:15px;font-weight:600;color:var(--sh-ink)}
.cl-yay .cl-tick{width:44px;height:44px;border:0;background:var(--sh-brand);animation:sh-pop .5s cubic-bezier(.2,1.6,.4,1)}
.cl-yay svg{width:24px;height:24px}
.cl-launch{display:flex;align-items:center;gap:8px;max-width:300px;height:44px;padding:0 16px 0 12px;border-radius:22px;background:#fff;color:var(--sh-ink);font-weight:600;
box-shadow:0 0 0 1px var(--sh-line),0 8px 24px -6px rgba(17,24,39,.3)}
.cl-launch:hover{background:#f9fafb}
.cl-label{overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.cl-ring{flex:none;transform:rotate(-90deg)}
.cl-ring circle{fill:none;stroke:#e5e7eb;stroke-width:3}
.cl-ring circle+circle{stroke:var(--sh-brand);stroke-linecap:round;transition:stroke-dasharray .4s}
.cl-sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
@keyframes sh-pop{from{opacity:0;transform:scale(.6)}}
`;
