// Consent for third-party players: one map per page load, per provider, shared by every element.
// The page grants or revokes with `postquote-consent` on document; nothing is stored anywhere.
// <video-appeal> listens for the same event (after this module: it reads the map it has just updated).

const granted = new Set<string>();
/**
 * How often each provider was revoked (never: undefined). An element keys the video it plays with it,
 * so that a player started before the last revocation goes, also one started by activate() without
 * a grant, and one whose element was out of the document when the revocation came (see video-appeal.ts).
 */
export const revoked = new Map<string, number>();

export const hasConsent = (provider: string): boolean => granted.has(provider);

// Listening from import time, so a consent manager that restores its choice early is heard; and
// for good, so that a revocation while an element is out of the document is still counted.
if (typeof document !== 'undefined')
  document.addEventListener('postquote-consent', (event) => {
    // Any detail, also none (null, a string): Object() makes it one to read from.
    const { provider, granted: yes } = Object((event as Event & { detail?: unknown }).detail) as Record<string, unknown>;
    // 'YouTube', as consent managers write it, is 'youtube'; a malformed event grants nothing.
    const p = String(provider).toLowerCase();
    if (yes === true) granted.add(p);
    else {
      granted.delete(p);
      revoked.set(p, (revoked.get(p) ?? 0) + 1);
    }
  });
