// Demo only: a tiny consent manager for <video-appeal>. It cancels every `postquote-activate`,
// asks in a <dialog>, and then either plays once (`activate()`) or grants the provider for the whole
// page (`postquote-consent` on document). postquote itself remembers nothing across page loads; the
// "remember" checkbox is this page's own opt-in, kept in sessionStorage and replayed on load.
// Runs under the demo CSP (Trusted Types enforced): it writes text only through textContent.

const KEY = 'postquote-demo-video-consent';
const dialog = document.getElementById('consent-dialog');
const text = document.getElementById('consent-text');
const remember = document.getElementById('consent-remember');
const state = document.getElementById('consent-state');
const names = { youtube: 'YouTube', vimeo: 'Vimeo' };

/** Providers this browser session agreed to, when the reader opted in to remembering. */
const stored = () => {
  try {
    return JSON.parse(sessionStorage.getItem(KEY) ?? '[]');
  } catch {
    return [];
  }
};
const store = (list) => sessionStorage.setItem(KEY, JSON.stringify([...new Set(list)]));

const granted = new Set();
function consent(provider, yes) {
  if (yes) granted.add(provider);
  else granted.delete(provider);
  document.dispatchEvent(new CustomEvent('postquote-consent', { detail: { provider, granted: yes } }));
  state.textContent = granted.size
    ? `Allowed on this page: ${[...granted].map((p) => names[p] ?? p).join(', ')}`
    : 'No video provider allowed.';
}

let asking = null;
document.addEventListener('postquote-activate', (event) => {
  event.preventDefault();
  asking = { el: event.target, provider: event.provider };
  const name = names[event.provider] ?? event.provider;
  text.textContent = `This video is loaded from ${name} (${new URL(event.url).host}). ${name} may receive data about you, such as your IP address.`;
  remember.checked = false;
  dialog.returnValue = '';
  dialog.showModal();
});

dialog.addEventListener('close', () => {
  const ask = asking;
  asking = null;
  if (!ask || !['once', 'always'].includes(dialog.returnValue)) return;
  if (dialog.returnValue === 'always') {
    consent(ask.provider, true);
    if (remember.checked) store([...stored(), ask.provider]);
  }
  ask.el.activate();
});

document.getElementById('revoke-all').addEventListener('click', () => {
  for (const provider of Object.keys(names)) consent(provider, false);
  sessionStorage.removeItem(KEY);
});

// The opt-in: replay what this session agreed to, once the element (and its listener) is there.
customElements.whenDefined('video-appeal').then(() => {
  for (const provider of stored()) consent(provider, true);
  if (!granted.size) state.textContent = 'No video provider allowed.';
});
