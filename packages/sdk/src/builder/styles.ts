/**
 * The builder's stylesheet, adopted into its own shadow root as a constructable stylesheet (a
 * `<style>` element only where that is unsupported), so strict-CSP pages work and the app's CSS
 * neither reaches in nor is reached.
 */
export const BUILDER_CSS = `
:host{all:initial;position:fixed;top:0;left:0;width:0;height:0;z-index:2147483600;
--b-ink:#0f172a;--b-text:#334155;--b-muted:#64748b;--b-line:#e2e8f0;--b-soft:#f1f5f9;--b-accent:#4f46e5;--b-accent-soft:#eef2ff;
--b-bar:#111827;--b-bar-2:#1f2937;--b-bar-line:rgba(255,255,255,.1);--b-bar-text:#e5e7eb;--b-bar-muted:#9ca3af;--b-danger:#dc2626;--b-ok:#16a34a;
font:13px/1.45 ui-sans-serif,system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,"Hiragino Sans","Noto Sans JP",sans-serif;
color:var(--b-text);-webkit-font-smoothing:antialiased;text-align:left}
*,*::before,*::after{box-sizing:border-box}
button,input,select,textarea{font:inherit;color:inherit;margin:0}
button{cursor:pointer;border:0;background:none;-webkit-tap-highlight-color:transparent}
button:disabled{cursor:default;opacity:.45}
:focus{outline:none}
:focus-visible{outline:2px solid #818cf8;outline-offset:2px}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
svg{display:block;flex:none}

.bar{position:fixed;left:50%;bottom:20px;transform:translateX(-50%);display:flex;align-items:center;gap:6px;
max-width:calc(100vw - 24px);padding:8px;border-radius:14px;background:var(--b-bar);color:var(--b-bar-text);
box-shadow:0 0 0 1px rgba(255,255,255,.06) inset,0 20px 48px -12px rgba(15,23,42,.55),0 6px 16px -6px rgba(15,23,42,.35);
animation:b-up .22s cubic-bezier(.2,.8,.3,1)}
.brand{display:grid;place-items:center;width:32px;height:32px;border-radius:9px;background:linear-gradient(135deg,#6366f1,#8b5cf6);color:#fff;font-weight:700;font-size:15px;flex:none}
.name{width:230px;height:32px;padding:0 10px;border-radius:8px;border:1px solid transparent;background:transparent;color:#fff;font-weight:600;text-overflow:ellipsis}
.name:hover{background:var(--b-bar-2)}
.name:focus{background:var(--b-bar-2);border-color:#6366f1}
.sep{width:1px;height:22px;background:var(--b-bar-line);margin:0 4px;flex:none}
.tb{display:inline-flex;align-items:center;gap:6px;height:32px;padding:0 10px;border-radius:8px;color:var(--b-bar-text);white-space:nowrap;font-weight:500;transition:background-color .12s}
.tb:not(:disabled):hover{background:var(--b-bar-2)}
.tb.icon{width:32px;padding:0;justify-content:center}
.tb[aria-pressed=true]{background:#312e81;color:#fff;box-shadow:0 0 0 1px #6366f1 inset}
.tb.save{background:var(--b-accent);color:#fff;padding:0 14px}
.tb.save:not(:disabled):hover{background:#4338ca}
.steps{display:flex;align-items:center;gap:4px;max-width:38vw;overflow-x:auto;scrollbar-width:none;padding:2px}
.chip{display:grid;place-items:center;min-width:26px;height:26px;padding:0 6px;border-radius:7px;background:var(--b-bar-2);color:var(--b-bar-muted);font-size:12px;font-weight:600;font-variant-numeric:tabular-nums}
.chip:hover{color:#fff}
.chip[aria-current=step]{background:#fff;color:var(--b-ink)}
.chip.missing{box-shadow:0 0 0 1px #f59e0b inset}
.count{font-size:12px;color:var(--b-bar-muted);font-variant-numeric:tabular-nums;padding:0 4px;white-space:nowrap}
.state{display:inline-flex;align-items:center;gap:6px;min-width:132px;max-width:260px;overflow:hidden;text-overflow:ellipsis;font-size:12px;color:var(--b-bar-muted);padding:0 6px;white-space:nowrap}
.dot{width:7px;height:7px;border-radius:50%;background:var(--b-ok)}
.state.dirty .dot{background:#f59e0b}
.state.error{color:#fca5a5}.state.error .dot{background:#ef4444}

.confirm{position:absolute;right:8px;bottom:calc(100% + 10px);width:340px;padding:14px;border-radius:12px;background:#fff;color:var(--b-text);
box-shadow:0 0 0 1px var(--b-line),0 16px 40px -10px rgba(15,23,42,.35)}
.confirm p{margin:0 0 12px;color:var(--b-ink);font-weight:500}
.row{display:flex;gap:8px;justify-content:flex-end}

.panel{position:fixed;top:16px;right:16px;width:340px;max-height:calc(100vh - 112px);overflow:auto;border-radius:14px;background:#fff;
box-shadow:0 0 0 1px rgba(15,23,42,.08),0 24px 56px -16px rgba(15,23,42,.35),0 6px 16px -8px rgba(15,23,42,.18);animation:b-in .2s cubic-bezier(.2,.8,.3,1)}
.panel.left{right:auto;left:16px}
.panel.intro{top:auto;bottom:84px;right:auto;left:50%;transform:translateX(-50%);width:380px}
.head{position:sticky;top:0;z-index:1;display:flex;align-items:center;gap:8px;padding:14px 16px 12px;background:#fff;border-bottom:1px solid var(--b-line)}
.head h2{margin:0;font-size:14px;font-weight:650;color:var(--b-ink);letter-spacing:-.01em;flex:1}
.ib{display:grid;place-items:center;width:28px;height:28px;border-radius:7px;color:var(--b-muted)}
.ib:not(:disabled):hover{background:var(--b-soft);color:var(--b-ink)}
.ib.danger:not(:disabled):hover{background:#fef2f2;color:var(--b-danger)}
.body{padding:14px 16px 18px;display:grid;gap:16px}
.field{display:grid;gap:6px}
.label{font-size:12px;font-weight:600;color:var(--b-ink)}
.hint{font-size:12px;color:var(--b-muted)}
.input,.select,.area{width:100%;border:1px solid #cbd5e1;border-radius:8px;background:#fff;color:var(--b-ink);transition:border-color .12s,box-shadow .12s}
.input,.select{height:34px;padding:0 10px}
.area{min-height:96px;padding:8px 10px;resize:vertical;line-height:1.5}
.input:focus,.select:focus,.area:focus{border-color:var(--b-accent);box-shadow:0 0 0 3px rgba(79,70,229,.15)}
.seg{display:grid;grid-template-columns:1fr 1fr;padding:3px;border-radius:9px;background:var(--b-soft)}
.seg label{position:relative;display:grid;place-items:center;height:30px;border-radius:7px;font-weight:500;color:var(--b-muted);cursor:pointer}
.seg input{position:absolute;opacity:0;inset:0;margin:0;cursor:pointer}
.seg label:has(input:checked){background:#fff;color:var(--b-ink);box-shadow:0 1px 2px rgba(15,23,42,.12),0 0 0 1px rgba(15,23,42,.04)}
.seg label:has(input:focus-visible){outline:2px solid #818cf8;outline-offset:1px}
.fmt{display:flex;gap:2px;padding:3px;border:1px solid #cbd5e1;border-bottom:0;border-radius:8px 8px 0 0;background:#f8fafc}
.fmt+.area{border-radius:0 0 8px 8px}
.fb{display:grid;place-items:center;height:26px;min-width:28px;padding:0 6px;border-radius:6px;color:var(--b-text);font-weight:600}
.fb:hover{background:#e2e8f0}
.target{display:flex;align-items:center;gap:10px;padding:10px 12px;border-radius:10px;background:var(--b-accent-soft);color:#3730a3}
.target.missing{background:#fffbeb;color:#92400e}
.target.none{background:var(--b-soft);color:var(--b-muted)}
.target b{font-weight:600;color:inherit}
.target span{flex:1;min-width:0;overflow-wrap:anywhere}
details summary{cursor:pointer;font-size:12px;font-weight:600;color:var(--b-muted);list-style-position:inside}
details .area{margin-top:8px;font:11px/1.5 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;color:var(--b-text);background:#f8fafc;min-height:140px}
.btn{display:inline-flex;align-items:center;justify-content:center;gap:6px;height:32px;padding:0 12px;border-radius:8px;font-weight:500;white-space:nowrap}
.btn.primary{background:var(--b-accent);color:#fff}.btn.primary:hover{background:#4338ca}
.btn.ghost{color:var(--b-text)}.btn.ghost:hover{background:var(--b-soft)}
.btn.danger{background:var(--b-danger);color:#fff}.btn.danger:hover{background:#b91c1c}
.empty{padding:28px 20px 24px;text-align:center;color:var(--b-muted)}
.empty h2{margin:0 0 6px;font-size:15px;font-weight:650;color:var(--b-ink);letter-spacing:-.01em}
.empty p{margin:0 0 16px}

.outline{position:fixed;pointer-events:none;border-radius:4px;border:2px solid #6366f1;background:rgba(99,102,241,.12);
box-shadow:0 0 0 4000px rgba(15,23,42,.12);transition:left .06s,top .06s,width .06s,height .06s}
.tag{position:absolute;left:-2px;bottom:calc(100% + 6px);max-width:320px;padding:3px 8px;border-radius:6px;background:#4f46e5;color:#fff;
font-size:12px;font-weight:500;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.outline.below .tag{bottom:auto;top:calc(100% + 6px)}
.banner{position:fixed;top:16px;left:50%;transform:translateX(-50%);display:flex;align-items:center;gap:12px;padding:8px 8px 8px 16px;border-radius:12px;
background:var(--b-bar);color:var(--b-bar-text);box-shadow:0 16px 40px -12px rgba(15,23,42,.5);animation:b-in .18s ease-out;white-space:nowrap}
.banner b{color:#fff}
.kbd{display:inline-block;padding:0 5px;border-radius:4px;background:var(--b-bar-2);border:1px solid var(--b-bar-line);font-size:11px;color:#fff}
@keyframes b-up{from{opacity:0;transform:translate(-50%,8px)}}
@keyframes b-in{from{opacity:0;transform:translateY(-4px)}}
@media (prefers-reduced-motion:reduce){*,*::before,*::after{animation:none!important;transition:none!important}}
`;
