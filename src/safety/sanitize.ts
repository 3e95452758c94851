// The one private DOMPurify instance: platform HTML in, an inert DOM fragment out. This module,
// DOMPurify and the plain-text reading of HTML are one on-demand chunk; elements reach it through
// ./sanitize-on-demand.ts.
import DOMPurify, { type DOMPurify as Purifier } from 'dompurify';
import { checkUrl, misleads } from './url.js';

export { htmlToText } from './html-text.js';

export const MAX_HTML = 50_000;
const allowedClasses = new Set(['invisible', 'ellipsis']);

let purifier: Purifier | undefined;

function load(): Purifier {
  if (purifier) return purifier;
  // A fresh instance: hooks or config that the page set on its own DOMPurify never reach ours.
  const own = (purifier = DOMPurify(window));
  own.addHook('uponSanitizeAttribute', (_node, data) => {
    if (data.attrName === 'href') {
      // Absolute only: a relative link in a platform's HTML would lead to the newsroom's own site.
      const href = checkUrl(data.attrValue, 'link');
      data.keepAttr = !!href && /^[a-z]+:/i.test(href);
      if (href) data.attrValue = href;
    }
    if (data.attrName === 'class') {
      data.attrValue = data.attrValue
        .split(/\s+/)
        .filter((c) => allowedClasses.has(c))
        .join(' ');
      data.keepAttr = data.attrValue !== '';
    }
  });
  own.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeName === 'A') {
      node.setAttribute('rel', 'noopener noreferrer nofollow ugc');
      node.setAttribute('target', '_blank');
      node.setAttribute('aria-describedby', 'nt');
    }
  });
  return own;
}

/** The trusted-types policy DOMPurify parses through; only ever handed to DOMPurify itself. */
function policy(): TrustedTypePolicyLike | undefined {
  const tt = (globalThis as { trustedTypes?: { createPolicy(n: string, p: object): TrustedTypePolicyLike } }).trustedTypes;
  if (!tt) return undefined;
  cachedPolicy ??= tt.createPolicy('postquote', {
    createHTML: (s: string) => s,
    createScriptURL: (s: string) => s,
  });
  return cachedPolicy;
}
interface TrustedTypePolicyLike {
  createHTML(s: string): unknown;
}
let cachedPolicy: TrustedTypePolicyLike | undefined;

/**
 * Sanitizes platform HTML to a fragment of paragraphs, line breaks, emphasis and safe links.
 * Throws when it cannot run (the page's Trusted Types policy refuses ours).
 */
export function sanitizeHtml(html: string): DocumentFragment {
  const own = load();
  const fragment = own.sanitize(html.slice(0, MAX_HTML), {
    ALLOWED_TAGS: ['p', 'br', 'a', 'span', 'strong', 'em', 'b', 'i', 'u', 's', 'del', 'code', 'pre', 'ul', 'ol', 'li', 'blockquote'],
    // No title: a tooltip from a post's HTML (a link's accessible name where it has no text) could name another site than the link's.
    ALLOWED_ATTR: ['href', 'lang', 'dir', 'class'],
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
    RETURN_DOM_FRAGMENT: true,
    SANITIZE_DOM: true,
    SANITIZE_NAMED_PROPS: true,
    TRUSTED_TYPES_POLICY: policy() as never,
  });
  // A link whose visible text (without the `invisible` spans an instance hides) names another site
  // than its target becomes that text alone.
  for (const a of fragment.querySelectorAll('a[href]')) {
    const shown = a.cloneNode(true) as Element;
    shown.querySelectorAll('.invisible').forEach((n) => n.remove());
    if (misleads(shown.textContent!, a.getAttribute('href')!)) a.replaceWith(...a.childNodes);
  }
  return fragment;
}
