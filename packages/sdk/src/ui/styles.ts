import { CHECKLIST_CSS } from './checklist-styles.js';

/**
 * The guide UI's stylesheet. It lives inside the shadow root, so host-page CSS cannot reach in and
 * ours cannot leak out; `:host { all: initial }` also stops inherited properties at the boundary.
 * The `:host` rules are `!important` because the page can style our host element: for important
 * rules the shadow root's own win, so `* { all: unset !important }` or a huge z-index elsewhere
 * changes nothing. Colours and radius come from custom properties set from the guide's theme.
 */
export const CSS =
  `
:host{all:initial!important;position:fixed!important;top:0!important;left:0!important;width:0!important;height:0!important;z-index:2147483647!important;
--sh-brand:#2563eb;--sh-on-brand:#fff;--sh-focus:#2563eb;--sh-radius:10px;--sh-ink:#111827;--sh-text:#374151;--sh-muted:#6b7280;--sh-line:rgba(17,24,39,.08);
font:14px/1.55 ui-sans-serif,system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,"Hiragino Sans","Noto Sans JP","Yu Gothic UI",sans-serif!important;
color:var(--sh-text)!important;-webkit-font-smoothing:antialiased!important;text-align:left!important}
*,*::before,*::after{box-sizing:border-box}
.card{position:fixed;top:0;left:0;width:max-content;max-width:min(320px,calc(100vw - 16px));min-width:240px;
background:#fff;border-radius:var(--sh-radius);padding:18px 20px 16px;
box-shadow:0 0 0 1px var(--sh-line),0 16px 40px -8px rgba(17,24,39,.25),0 4px 12px -4px rgba(17,24,39,.12);
animation:sh-in .18s cubic-bezier(.2,.8,.3,1)}
.tooltip:not([data-side]){opacity:0;animation:none}
.wrap{position:fixed;inset:0;display:flex;align-items:center;justify-content:center;padding:16px}
.backdrop{position:absolute;inset:0;background:rgba(15,23,42,.5);animation:sh-fade .2s ease-out}
.modal{position:relative;width:440px;max-width:100%;min-width:0;max-height:calc(100vh - 32px);overflow:auto;padding:28px 28px 20px}
.modal .title{font-size:18px}
.arrow{position:absolute;width:12px;height:12px;background:#fff;transform:rotate(45deg)}
[data-side=bottom]>.arrow{top:-6px;box-shadow:-1px -1px 0 var(--sh-line)}
[data-side=top]>.arrow{bottom:-6px;box-shadow:1px 1px 0 var(--sh-line)}
[data-side=right]>.arrow{left:-6px;box-shadow:-1px 1px 0 var(--sh-line)}
[data-side=left]>.arrow{right:-6px;box-shadow:1px -1px 0 var(--sh-line)}
.title{position:relative;margin:0 28px 6px 0;font-size:16px;font-weight:600;line-height:1.4;color:var(--sh-ink);letter-spacing:-.01em;overflow-wrap:anywhere}
.body{position:relative;overflow-wrap:anywhere;word-break:auto-phrase}
.tooltip .body{max-height:min(45vh,360px);overflow:auto}
.body>*{margin:0 0 8px}.body>:last-child{margin-bottom:0}
.body ul,.body ol{padding-left:20px}.body li+li{margin-top:2px}
.body strong{font-weight:600;color:var(--sh-ink)}
.body a{color:var(--sh-brand);text-decoration:underline;text-underline-offset:2px}
.body img{display:block;max-width:100%;height:auto;border-radius:calc(var(--sh-radius) * .6)}
.footer{position:relative;display:flex;align-items:center;gap:12px;margin-top:16px}
.counter{font-size:12px;color:var(--sh-muted);font-variant-numeric:tabular-nums}
.actions{display:flex;gap:8px;margin-left:auto}
button{font:inherit;margin:0;border:0;cursor:pointer;-webkit-tap-highlight-color:transparent}
.btn{display:inline-flex;align-items:center;justify-content:center;height:34px;padding:0 14px;border-radius:calc(var(--sh-radius) * .6);
font-weight:500;white-space:nowrap;transition:background-color .15s,filter .15s,box-shadow .15s}
.primary{background:var(--sh-brand);color:var(--sh-on-brand);box-shadow:0 1px 2px rgba(17,24,39,.15)}
.primary:hover{filter:brightness(1.08)}.primary:active{filter:brightness(.95)}
.secondary{background:transparent;color:var(--sh-text)}.secondary:hover{background:#f3f4f6}
.small{height:28px;padding:0 10px;font-size:13px}
.close{position:absolute;top:10px;right:10px;display:grid;place-items:center;width:28px;height:28px;padding:0;border-radius:6px;background:transparent;color:var(--sh-muted);transition:background-color .15s,color .15s}
.close:hover{background:#f3f4f6;color:var(--sh-text)}
button:focus{outline:none}
button:focus-visible,a:focus-visible{outline:2px solid var(--sh-focus);outline-offset:2px}
.beacon{position:fixed;top:0;left:0;width:18px;height:18px;padding:0;border-radius:50%;background:var(--sh-brand);box-shadow:0 0 0 2px #fff,0 2px 6px rgba(17,24,39,.35)}
.beacon::after{content:"";position:absolute;inset:0;border-radius:50%;background:inherit;opacity:.5;animation:sh-pulse 1.8s ease-out infinite}
.banner{right:0;width:auto;max-width:none;min-width:0;display:flex;flex-wrap:wrap;align-items:center;gap:4px 16px;padding:10px 52px 10px 20px;border-radius:0;background:var(--sh-brand);animation:none}
.banner,.banner *{color:var(--sh-on-brand)!important;outline-color:var(--sh-on-brand)!important}
.banner[data-pos=bottom]{top:auto;bottom:0}
.banner .title{margin:0;font-size:15px}
.banner .body{flex:1 1 240px}
.banner .footer{margin:0}
.banner .primary{background:var(--sh-on-brand);color:var(--sh-brand)!important}
.banner .close{top:50%;margin-top:-14px;background:0}
.launcher{position:fixed;right:20px;bottom:20px;display:flex;align-items:center;gap:8px;height:48px;min-width:48px;padding:0 15px;border-radius:24px;
background:var(--sh-brand);color:var(--sh-on-brand);font-weight:600;box-shadow:0 6px 20px -4px rgba(17,24,39,.4)}
.launcher>span{font-size:20px}
.help{top:auto;left:auto;right:20px;bottom:80px;width:360px;max-width:calc(100vw - 40px);max-height:min(520px,calc(100vh - 100px));display:flex;flex-direction:column}
.search{font:inherit;height:38px;margin:4px 0 10px;padding:0 12px;border:1px solid #6b7280;border-radius:6px;outline-color:var(--sh-focus)}
.results{list-style:none;margin:0 -10px;padding:0;overflow:auto}
.results li{padding:8px 10px;border-radius:6px;cursor:pointer}
[aria-selected=true]{background:#f3f4f6}
.results b{display:block;color:var(--sh-ink)}
.results span,.none{font-size:13px;color:var(--sh-muted)}
.results span{display:-webkit-box;-webkit-line-clamp:2;-webkit-box-orient:vertical;overflow:hidden}
.none a{color:var(--sh-brand)}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.ring{position:fixed;pointer-events:none;border-radius:calc(var(--sh-radius) * .6);
box-shadow:0 0 0 2px var(--sh-brand),0 0 0 6px color-mix(in srgb,var(--sh-brand) 22%,transparent)}
@keyframes sh-in{from{opacity:0;transform:translateY(4px) scale(.98)}}
@keyframes sh-fade{from{opacity:0}}
@keyframes sh-pulse{to{transform:scale(2.4);opacity:0}}
@media (prefers-reduced-motion:reduce){*,*::before,*::after{animation:none!important;transition:none!important}}
` + CHECKLIST_CSS;

/**
 * Adopts the stylesheet into a shadow root as a constructable stylesheet, which a strict CSP allows;
 * falls back to a `<style>` element where adoptedStyleSheets is unsupported.
 */
export function applyStyles(shadow: ShadowRoot, doc: Document, css: string = CSS): void {
  try {
    if ('adoptedStyleSheets' in shadow && typeof CSSStyleSheet === 'function') {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      shadow.adoptedStyleSheets = [sheet];
      return;
    }
  } catch {
    // Fall through to the <style> element.
  }
  const style = doc.createElement('style');
  style.textContent = css;
  shadow.appendChild(style);
}
