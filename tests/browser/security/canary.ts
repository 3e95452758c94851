// The XSS detector for browser tests: a canary that records every way a payload could run code, a
// page-level CSP that turns any foreign request into a recorded violation, and an inspector that
// walks every shadow root (nested cards included) for anything a payload could have planted.

/** Every call the canary saw: `__xss()`, `alert`, `confirm`, `prompt`, `print`, uncaught errors. */
export const fired: string[] = [];
/**
 * The URL of every request the page's CSP blocked (foreign images and media, frames, objects).
 * Chromium fires these at the document, so `foreignRequests()` matches them against the URLs in
 * the shadow trees: only those are the library's; the page's own light DOM may request what it likes.
 */
export const violations: string[] = [];
/** Uncaught errors and unhandled rejections on the test page. */
export const pageErrors: string[] = [];

let installed = false;

/**
 * Installs the canary once per test file: `window.__xss()` plus `alert`, `confirm`, `prompt` and
 * `print` overridden to record calls; a CSP (meta) that blocks every image, media, frame and plugin
 * load (recorded as violations); and an image proxy on this origin, so that any image URL the
 * library renders that is not on this origin is a finding (`foreignRequests`).
 */
export function installCanary(): void {
  if (installed) return;
  installed = true;
  const w = window as unknown as Record<string, unknown>;
  w.__xss = (...args: unknown[]) => void fired.push(`__xss(${args.map(String).join(',')})`);
  for (const name of ['alert', 'confirm', 'prompt', 'print'])
    w[name] = (...args: unknown[]) => {
      fired.push(`${name}(${args.map(String).join(',')})`);
      return null;
    };
  document.addEventListener('securitypolicyviolation', (e) => violations.push(e.blockedURI));
  window.addEventListener('error', (e) => pageErrors.push(`error: ${e.message}`));
  window.addEventListener('unhandledrejection', (e) => pageErrors.push(`unhandledrejection: ${String(e.reason)}`));
  const csp = document.createElement('meta');
  csp.httpEquiv = 'Content-Security-Policy';
  // No image, media, frame or plugin loads at all: a blocked image still fires `error` (so an
  // injected onerror would still reach the canary), and thousands of cards load nothing.
  csp.content = "img-src 'none'; media-src 'none'; frame-src 'none'; object-src 'none'";
  const proxy = document.createElement('meta');
  proxy.name = 'postquote-image-proxy';
  proxy.content = `${location.origin}/__postquote_proxy__/?u={url}`;
  document.head.append(csp, proxy);
}

/** Clears the recorded calls (between batches, after they were asserted). */
export function resetCanary(): void {
  fired.length = 0;
  violations.length = 0;
  pageErrors.length = 0;
}

const frame = () => new Promise((r) => requestAnimationFrame(() => r(undefined)));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Waits until every element has rendered, including the re-render after the sanitizer resolves,
 * then a little longer so that anything a payload scheduled (image errors, `ontoggle`, autofocus)
 * has had its chance to run.
 */
export async function settleAll(elements: Element[], ms = 60): Promise<void> {
  for (let i = 0; i < 4; i++) {
    await Promise.all(elements.map((el) => (el as unknown as { updateComplete?: Promise<unknown> }).updateComplete));
    await sleep(0);
  }
  await frame();
  await sleep(ms);
  await frame();
}

// Read through the prototypes: a <form> with <input name="attributes"> clobbers form.attributes.
const names = (el: Element) => Element.prototype.getAttributeNames.call(el);
const value = (el: Element, name: string) => Element.prototype.getAttribute.call(el, name) ?? '';
const tagOf = (el: Element) => Object.getOwnPropertyDescriptor(Element.prototype, 'localName')!.get!.call(el) as string;
/** An element's attributes as [name, value] pairs, safe from clobbering. */
export const attributesOf = (el: Element): [string, string][] => names(el).map((n) => [n, value(el, n)]);

/** Every element inside `root`'s shadow tree and the shadow trees below it, with its path. */
export function* shadowElements(root: Element, path = tagOf(root)): Generator<[Element, string]> {
  const sr = root.shadowRoot;
  if (!sr) return;
  const walk = function* (node: ParentNode, at: string): Generator<[Element, string]> {
    for (const el of node.querySelectorAll('*')) {
      const here = `${at} ${tagOf(el)}`;
      yield [el, here];
      if (el.shadowRoot) yield* shadowElements(el, here);
    }
  };
  yield* walk(sr, `${path}::shadow`);
}

const urlAttributes = new Set([
  'href',
  'xlink:href',
  'src',
  'poster',
  'cite',
  'action',
  'formaction',
  'data',
  'background',
  'ping',
  'srcset',
  'manifest',
  'codebase',
  'longdesc',
  'lowsrc',
  'dynsrc',
  'icon',
  'profile',
  'usemap',
  'itemtype',
]);

/** Elements that no postquote template creates (video-appeal's player iframe is checked apart). */
const forbiddenTags = new Set([
  'script',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'base',
  'form',
  'meta',
  'link',
  'style',
  'input',
  'textarea',
  'select',
  'option',
  'math',
  'noscript',
  'template',
  'portal',
  'foreignobject',
  'use',
  'animate',
  'set',
  'image',
  'isindex',
  'xmp',
  'plaintext',
  'marquee',
  'noembed',
  'noframes',
  'title',
  'dialog',
]);

const players = ['https://www.youtube-nocookie.com/', 'https://player.vimeo.com/'];

/** Attributes the sanitizer lets through on platform HTML, and the ones the text template sets on links. */
const contentAttributes = new Set(['href', 'rel', 'target', 'lang', 'dir', 'class']);
/** The one attribute the card sets on its links with a value of its own: the new tab's description (never the post's). */
const newTab = (name: string, v: string) => name === 'aria-describedby' && v === 'nt';
const contentClasses = new Set(['invisible', 'ellipsis']);

/**
 * Whether a URL may appear in the shadow DOM: absolute http(s), mailto for links, or a path
 * relative to the page (resolving to http(s)). Never protocol-relative, never data:, blob:,
 * javascript: or any other scheme.
 */
export function allowedUrl(value: string, attribute: string): boolean {
  if (attribute === 'srcset') return false;
  // eslint-disable-next-line no-control-regex -- the URL parser strips C0 controls before a leading //
  if (/^[\s\u0000-\u001f]*[\\/][\\/]/.test(value)) return false;
  let url: URL;
  try {
    url = new URL(value, document.baseURI);
  } catch {
    return false;
  }
  if (url.protocol === 'http:' || url.protocol === 'https:') return true;
  return url.protocol === 'mailto:' && (attribute === 'href' || attribute === 'xlink:href');
}

/** Names whose use as an `id` or `name` would clobber a document, window or form property. */
function clobbers(value: string): boolean {
  const form = HTMLFormElement.prototype as unknown as Record<string, unknown>;
  return value in document || value in window || value in form;
}

/**
 * Everything wrong in the element's shadow tree: `on*` handlers, `style` or `srcdoc` attributes,
 * URLs outside the allowlist, clobbering ids/names, elements no template makes, links that would
 * send a referrer, and attributes in the post text that neither the sanitizer nor the text
 * template would set. An empty list is a pass.
 */
export function inspect(host: Element): string[] {
  const found: string[] = [];
  for (const [el, path] of shadowElements(host)) {
    const tag = tagOf(el);
    if (forbiddenTags.has(tag)) found.push(`${path}: <${tag}> element`);
    if (tag === 'iframe') {
      const src = value(el, 'src');
      if (!players.some((p) => src.startsWith(p))) found.push(`${path}: iframe src ${JSON.stringify(src)}`);
    }
    if (tag === 'a' && value(el, 'href')) {
      // Referrers and opener: a link to another site never tells it which article linked it.
      const rel = value(el, 'rel').split(/\s+/);
      if (!rel.includes('noreferrer') || !rel.includes('noopener'))
        found.push(`${path}[href=${value(el, 'href').slice(0, 80)}]: link without rel="noopener noreferrer"`);
    }
    const inText = Element.prototype.closest.call(el, '[part~="text"]') !== null && value(el, 'part') !== 'text';
    for (const [raw, v] of attributesOf(el)) {
      const name = raw.toLowerCase();
      const at = `${path}[${name}=${JSON.stringify(v.slice(0, 80))}]`;
      if (name.startsWith('on')) found.push(`${at}: event handler attribute`);
      if (name === 'style' || name === 'srcdoc' || name === 'is') found.push(`${at}: ${name} attribute`);
      if (urlAttributes.has(name) && !allowedUrl(v, name)) found.push(`${at}: URL not allowed`);
      if ((name === 'id' || name === 'name') && tag !== 'slot' && clobbers(v)) found.push(`${at}: clobbers a DOM property`);
      if (inText && !contentAttributes.has(name) && !newTab(name, v)) found.push(`${at}: attribute in post text`);
      if (inText && name === 'class' && v.split(/\s+/).some((c) => c && !contentClasses.has(c))) found.push(`${at}: class in post text`);
    }
  }
  return found;
}

/** Attributes that make the browser fetch. */
const fetching = new Set(['src', 'poster', 'data', 'srcset', 'background', 'href']);

/**
 * Requests the library made to another origin: a `src`/`poster` in a shadow tree that is not on
 * this origin (the image proxy puts every image and video here), or a blocked request whose URL
 * appears in a shadow tree. Player iframes are checked by `inspect()`.
 */
export function foreignRequests(hosts: Element[]): string[] {
  const out: string[] = [];
  const urls = new Set<string>();
  for (const host of hosts)
    for (const [el, path] of shadowElements(host))
      for (const [name, v] of attributesOf(el)) {
        const tag = tagOf(el);
        if (!fetching.has(name) || tag === 'iframe') continue;
        if (name === 'href' && !(tag === 'link' || tag === 'image' || tag === 'use')) continue;
        let url: URL;
        try {
          url = new URL(v, document.baseURI);
        } catch {
          continue;
        }
        urls.add(url.href);
        if (url.origin !== location.origin) out.push(`${path}[${name}=${v.slice(0, 80)}]: request to another origin`);
      }
  for (const v of violations) if (urls.has(v) && !v.startsWith(location.origin)) out.push(`blocked request from a shadow tree: ${v}`);
  return out;
}

/** The sanitizer-bypass classes use this host for "must not become a link there". */
export const evilHost = /(^|\.)evil\.example\.?$/i;

/** URLs in the shadow tree that point at the evil host (for payloads that must never link there). */
export function evilUrls(host: Element): string[] {
  const out: string[] = [];
  for (const [el, path] of shadowElements(host))
    for (const [name, v] of attributesOf(el)) {
      if (!urlAttributes.has(name)) continue;
      try {
        const url = new URL(v, document.baseURI);
        // The image proxy carries the original URL in its query: check that one too.
        const inner = url.pathname.startsWith('/__postquote_proxy__/') ? new URL(url.searchParams.get('u') ?? '') : url;
        if (evilHost.test(inner.hostname)) out.push(`${path}[${name}=${v}]`);
      } catch {
        /* not a URL: inspect() reports it */
      }
    }
  return out;
}
