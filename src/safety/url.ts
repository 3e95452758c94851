// The one URL gate: decides whether a string may become an href or src, and applies the image proxy.
import { remember } from '../memo.js';

export type UrlKind = 'link' | 'image' | 'media';

const hasScheme = /^([a-z][a-z\d+.-]*):/i;
/**
 * Control characters anywhere, a protocol-relative start (`//host`, `\\host`), a handle for a URL ("@jack" in
 * author-href, which linked to /@jack on the page's own site), or a user name or
 * password before an http(s) host, which reads as the host at a glance: "https://bbc.co.uk@evil.example/"
 * goes to evil.example (where the URL parser ends the host: at the first / \\ ? or #).
 */
// eslint-disable-next-line no-control-regex -- control characters are exactly what this refuses
const forbidden = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]|^([\\/]{2}|@)|^https?:[\\/]*[^\\/?#]*@/i;

/** `new URL(value, base)`, or undefined where that throws. */
function parseUrl(value: string, base?: string): URL | undefined {
  try {
    return new URL(value, base);
  } catch {
    return undefined;
  }
}

/** checkUrl()'s answers by kind and value, kept for good: it is pure, and a card asks about the same URLs several times. */
const checked = new Map<string, string | undefined>();

/**
 * Checks a URL without resolving it, so it runs anywhere (parse() uses it in Node).
 * Allowed: absolute http(s) URLs (and mailto: for links), and paths relative to the page; one that starts with a host name
 * and a slash ("x.com/jack") is that host's https URL.
 * Refused: every other scheme, however disguised (case, entities are already decoded by the
 * HTML parser; tabs, newlines and control characters are refused outright), protocol-relative
 * `//host` and `\\host`, a user name or password before the host, and anything over 2048 characters.
 */
export function checkUrl(value: unknown, kind: UrlKind = 'link'): string | undefined {
  return typeof value !== 'string'
    ? undefined
    : remember(checked, kind + value, () => {
        // A URL pasted without its scheme ("twitter.com/jack/status/20", "www.bbc.co.uk/news") is https, not a path on this site.
        const v = value.trim().replace(/^(?=[\w.-]+\.[a-z]{2,}\/)/i, 'https://');
        const scheme = hasScheme.exec(v)?.[1].toLowerCase();
        // An absolute URL is checked as the URL parser writes it: 2048 characters of Arabic or emoji are thousands percent-encoded.
        const url =
          scheme === undefined
            ? v
            : scheme === 'https' || scheme === 'http' || (kind === 'link' && scheme === 'mailto')
              ? parseUrl(v)?.href
              : '';
        if (url && url.length <= 2048 && !forbidden.test(v)) return url;
      });
}

/** The hostname of an absolute URL (lower case, IDN hosts as punycode; '' for mailto:), or undefined. */
export const hostOf = (url: unknown): string | undefined => parseUrl(url as string)?.hostname;

/** The host of an absolute URL as the browser shows it (IDN hosts as punycode), or ''. */
export function displayHost(url: string): string {
  return parseUrl(url)?.host ?? '';
}

/**
 * Whether a link that shows `text` names a web address on another site than `href`, its checked
 * target: "bbc.co.uk/news" or "https://www.bbc.co.uk" over a link to evil.example (forged platform
 * JSON, a Bluesky facet, a hostile instance's HTML, a pasted embed code). A domain's subdomains
 * are its site ("bbc.co.uk" over www.bbc.co.uk); twitter.com and x.com are one site, and X's
 * "pic.twitter.com/…" over its t.co link is X's own.
 * Such a link is shown as its text only.
 */
export function misleads(text: string, href: string): boolean {
  // Most link texts name no address (#tags, @names): without a dot, none can. The regex then never
  // runs: its first runs compile its Unicode classes, a few ms per page. No i flag for the same
  // reason (\p{L} holds both cases anyway; only the scheme needs one).
  const named = text.includes('.') && /^\s*(?:[hH][tT][tT][pP][sS]?:\/\/)?((?:[\p{L}\p{N}_-]+\.)+\p{L}{2,})(?![\p{L}\p{N}_.-])/u.exec(text);
  if (!named) return false;
  // twitter.com is x.com: X's API shows "x.com/…" over the twitter.com URLs it still expands to.
  const [a, b] = ['http://' + named[1], href].map((u) => ('.' + hostOf(u)).replace('.twitter.com', '.x.com'));
  return !a.endsWith(b) && !b.endsWith(a) && !(b === '.t.co' && a === '.pic.x.com');
}

/** The page's image proxy template and safeUrl() results, kept for one task (the page may change them later). */
let proxyCache: string | null | undefined;
let resolved = new Map<string, string | undefined>();
/**
 * Images dropped because the page's proxy cannot carry them: the element that renders empties it
 * first and reports what its card asked for (`image-proxy-refused`, its own postquote-error).
 */
export const refused: string[] = [];

/**
 * The page's image proxy template, or null when it declares none. Looked up once per task, not once
 * per image: a document-wide query per URL made rendering N cards cost O(N²) on long pages. The
 * head's first one wins; one only in the body still counts (a declared proxy must never turn into
 * direct requests; user content that can add a `<meta>` could add an `<img>` as well).
 */
function imageProxy(): string | null {
  if (proxyCache === undefined) {
    const selector = 'meta[name="postquote-image-proxy"]';
    proxyCache = (document.head?.querySelector(selector) ?? document.querySelector(selector))?.getAttribute('content') ?? null;
    setTimeout(() => {
      proxyCache = undefined;
      resolved = new Map();
    });
  }
  return proxyCache;
}

/**
 * Resolves a checked URL against the page, re-checks the result, and for images and media applies
 * the page's proxy (`<meta name="postquote-image-proxy" content="https://proxy/?u={url}">`, or a
 * path such as "/img?u={url}", resolved against the page like any URL). Links are never proxied;
 * <video-appeal>'s video file and subtitles are (media).
 */
export function safeUrl(value: unknown, kind: UrlKind = 'link'): string | undefined {
  const proxy = imageProxy();
  const safe =
    typeof value !== 'string'
      ? undefined
      : remember(resolved, kind + value, () => {
          const checked = checkUrl(value, kind);
          const url = checked === undefined ? undefined : parseUrl(checked, document.baseURI);
          if (!url || checkUrl(url.href, kind) === undefined) return undefined;
          if (kind === 'link' || proxy === null) return url.href;
          // Through the proxy or not at all: the direct URL is the request the page declared a proxy to
          // avoid. Dropped, the card shows initials or a placeholder instead; '' (remembered, so every
          // card that asks learns it) marks the refusal.
          return (
            checkUrl(
              proxy.includes('{url}') && parseUrl(proxy.replace('{url}', encodeURIComponent(url.href)), document.baseURI)?.href,
              kind,
            ) ?? ''
          );
        });
  if (safe === '') refused.push(value as string);
  return safe || undefined;
}
