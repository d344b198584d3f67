/** The checklist widget's rules, appended to the guide UI's stylesheet (it reuses .card, .title, .btn, .close, .counter). */
export const CHECKLIST_CSS = `
.cl{position:fixed;left:20px;bottom:20px;display:flex;flex-direction:column;align-items:flex-start;gap:10px}
.cl-panel{position:static;width:340px;max-width:calc(100vw - 40px);max-height:calc(100vh - 100px);overflow:auto}
.cl-panel .title{margin-right:60px}
.cl-min{right:40px}
.cl-bar{height:6px;margin:12px 0 6px;border-radius:3px;background:#e5e7eb}
.cl-bar i{display:block;height:100%;border-radius:3px;background:var(--sh-brand);transition:width .4s}
.cl-tasks{list-style:none;margin:8px 0 0;padding:0}
.cl-tasks li{display:flex;align-items:center;gap:10px;padding:9px 0;border-top:1px solid #f3f4f6}
.cl-tick{flex:none;display:grid;place-items:center;width:20px;height:20px;border-radius:50%;border:1.5px solid #d1d5db;color:var(--sh-on-brand)}
.done .cl-tick,.cl-yay .cl-tick{background:var(--sh-brand);border-color:var(--sh-brand)}
.cl-text{flex:1;overflow-wrap:anywhere}
.cl-name,.cl-desc{display:block;color:var(--sh-ink);font-weight:500}
.cl-desc,.done .cl-name{font-size:12px;color:var(--sh-muted);font-weight:400}
.done .cl-name{font-size:inherit;text-decoration:line-through}
.cl-yay{display:grid;justify-items:center;gap:10px;margin:16px 0 6px;font-size:15px;font-weight:600;color:var(--sh-ink)}
.cl-yay .cl-tick{width:44px;height:44px;animation:sh-pop .5s cubic-bezier(.2,1.6,.4,1)}
.cl-yay svg{width:24px;height:24px}
.cl-launch{display:flex;align-items:center;gap:8px;max-width:300px;height:44px;padding:0 16px 0 12px;border-radius:22px;background:#fff;color:var(--sh-ink);font-weight:600;box-shadow:0 0 0 1px var(--sh-line),0 8px 24px -6px rgba(17,24,39,.3)}
.cl-label{overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.cl-ring{flex:none;transform:rotate(-90deg);fill:none;stroke:#e5e7eb;stroke-width:3}
.cl-ring circle+circle{stroke:var(--sh-brand);stroke-linecap:round}
@keyframes sh-pop{from{opacity:0;transform:scale(.6)}}
`;
