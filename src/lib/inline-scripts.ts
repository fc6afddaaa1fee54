/**
 * The only inline scripts the site has. They run before first paint, which an
 * external file cannot do without blocking rendering, and the page's
 * Content-Security-Policy (Astro's security.csp, astro.config.ts) allows each
 * one by the SHA-256 of its exact text, never by 'unsafe-inline'. Astro puts
 * the theme script in every <head> (astro.config.ts); the 404 page carries its own. Keep them
 * tiny: they count towards the 1 KiB of JavaScript a reading page may load.
 */
import { createHash } from 'node:crypto';

/** The localStorage key that holds the reader's theme when it is not "system". */
const THEME_KEY = 'theme';

/**
 * Applies a stored light or dark theme to <html> before the page paints, marks
 * the page as scripted (which reveals the theme control, see `.needs-js`), and
 * handles the control: any `select[name=theme]` on the page.
 */
export const THEME_SCRIPT = `(()=>{const d=document.documentElement,k=${JSON.stringify(THEME_KEY)};let t;try{t=localStorage.getItem(k)}catch{}if(t==="light"||t==="dark")d.dataset.theme=t;d.dataset.js="";const all=()=>document.querySelectorAll("select[name=theme]");addEventListener("change",e=>{const v=e.target.value;if(e.target.name!=="theme")return;try{v==="system"?localStorage.removeItem(k):localStorage.setItem(k,v)}catch{}if(v==="system")delete d.dataset.theme;else d.dataset.theme=v;all().forEach(s=>s.value=v)});addEventListener("DOMContentLoaded",()=>all().forEach(s=>s.value=d.dataset.theme||"system"))})()`;

/**
 * GitHub Pages serves one 404.html for every missing address, so the page holds
 * every language and this shows the one of the path: the first path segment
 * after the base names the language (none: the default one), and a
 * constructed stylesheet (which needs no inline style for the policy to allow)
 * hides the others. The base path and, per prefix, the language, its tag and
 * the page title come from the script element's data attributes, so the text
 * (and its hash) is the same for every deployment. Without JavaScript every
 * language stays visible.
 */
export const NOT_FOUND_SCRIPT = `(()=>{const d=document.documentElement,s=document.currentScript.dataset,m=JSON.parse(s.langs),p=location.pathname.slice(s.base.length).split("/")[0],l=m[p]||m[""],c=new CSSStyleSheet;d.dataset.pageLang=l.lang;d.lang=l.tag;document.title=l.title;c.replaceSync(\`[data-lang]:not([data-lang="\${l.lang}"]){display:none}\`);document.adoptedStyleSheets=[...document.adoptedStyleSheets,c]})()`;

/** The hash, as a CSP source names it (without quotes), that allows exactly this text. */
export const cspHash = (text: string) =>
  `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}` as const;
