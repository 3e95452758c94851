// What the Instagram, Threads and TikTok embed-code readers share. In the `others` chunk with them:
// the registry (index.ts) holds only their selectors.

/**
 * The post's URL from an embed code, when it is on the platform's own hosts (`on`, as the registry
 * has them; else "View on Instagram" could lead anywhere), without its query or fragment: on these
 * platforms a post URL needs neither, and what the codes and share links add is tracking
 * (utm_source=ig_embed, igsh, xmt, is_from_webapp, sender_device).
 */
export const postUrl = (href: string | null | undefined, on: RegExp): string | undefined =>
  href && on.test(href) ? href.replace(/[?#].*/, '') : undefined;

/** An element's text with its whitespace folded, as HTML shows it (these codes hold no line breaks). */
export const words = (el: Element | null | undefined): string | undefined => el?.textContent?.replace(/\s+/g, ' ').trim();
