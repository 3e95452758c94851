// Consent for third-party players: one map per page load, per provider, shared by every element.
// The page grants or revokes with `postquote-consent` on document; nothing is stored anywhere.

const granted = new Set<string>();
const subscribers = new Set<(provider: string, granted: boolean) => void>();

export const hasConsent = (provider: string): boolean => granted.has(provider);

/** Calls `fn` whenever the page grants or revokes a provider; returns the unsubscribe function. */
export function onConsent(fn: (provider: string, granted: boolean) => void): () => void {
  subscribers.add(fn);
  return () => subscribers.delete(fn);
}

// Listening from import time, so a consent manager that restores its choice early is heard.
if (typeof document !== 'undefined')
  document.addEventListener('postquote-consent', (event) => {
    const d: unknown = (event as Event & { detail?: unknown }).detail;
    const { provider, granted: yes } = (d && typeof d === 'object' ? d : {}) as Record<string, unknown>;
    if (typeof provider !== 'string') return;
    if (yes === true) granted.add(provider);
    else granted.delete(provider);
    subscribers.forEach((fn) => fn(provider, yes === true));
  });
