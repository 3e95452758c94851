// Gallery and print-preview pages only: buttons that open every original and every content
// warning (through the elements' own controls, as a reader would), a print button, and a log of
// the postquote-* events. No HTML is ever written, so it runs under the demo's Trusted Types CSP.

/** Every element of `selector` inside the shadow roots of the page's quote elements. */
function inCards(selector) {
  return [...document.querySelectorAll('post-quote, tweet-quote')].flatMap((el) => [...(el.shadowRoot?.querySelectorAll(selector) ?? [])]);
}

const actions = {
  originals: () => inCards('button.toggle[aria-expanded="false"]').forEach((b) => b.click()),
  reveal: () => inCards('details[part~="warning"]:not([open]) > summary').forEach((s) => s.click()),
  print: () => window.print(),
};

document.addEventListener('click', (event) => {
  const button = event.target instanceof Element ? event.target.closest('button[data-gallery]') : null;
  const action = button && actions[button.dataset.gallery];
  if (action) action();
});

const log = document.querySelector('.gallery-events');
if (log) {
  for (const type of ['postquote-reveal', 'postquote-error']) {
    document.addEventListener(type, (event) => {
      const el = event.composedPath().find((n) => n instanceof Element && /-quote$/.test(n.localName));
      const where = el?.closest('[lang]')?.getAttribute('lang') ?? '';
      const detail = event.code ? ` ${event.code}` : '';
      log.textContent += `${log.textContent ? '\n' : ''}${type}${detail} (${where})`;
    });
  }
}
