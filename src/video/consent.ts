// Consent for third-party players: one map per page load, per provider, shared by every element.
// The page grants or revokes with `postquote-consent` on document; nothing is stored anywhere.
// Elements listen for the same event (after this module: they read the map it has just updated).

const granted = new Set<string>();

export const hasConsent = (provider: string): boolean => granted.has(provider);

// Listening from import time, so a consent manager that restores its choice early is heard.
if (typeof document !== 'undefined')
  document.addEventListener('postquote-consent', (event) => {
    const d: unknown = (event as Event & { detail?: unknown }).detail;
    const { provider, granted: yes } = (d && typeof d === 'object' ? d : {}) as Record<string, unknown>;
    if (typeof provider === 'string') granted[yes === true ? 'add' : 'delete'](provider);
  });
