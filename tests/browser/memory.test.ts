// Elements removed from the page are collected with everything they were removed with: no page-wide
// observer, listener or cache keeps them. The first test must connect this page's first postquote
// element (each test file runs in a page of its own): the page-wide `lang` observer is made then.
import { expect, test } from 'vitest';
import { cdp } from 'vitest/browser';
import './helpers.js';
import type { QuoteElement } from '../../src/elements/quote-element.js';

/**
 * Builds a section of `count` cards (in a shadow root when `shadow`), waits for them to render, lets `use`
 * act on them, removes the section, and returns weak references to it and its cards, so that this async
 * frame holds none of them.
 */
async function renderAndRemove(
  markup: string,
  count: number,
  shadow = false,
  use?: (cards: QuoteElement[]) => void,
): Promise<WeakRef<object>[]> {
  const section = document.createElement('section');
  document.body.append(section);
  const within = shadow ? section.attachShadow({ mode: 'open' }).appendChild(document.createElement('div')) : section;
  for (let i = 0; i < count; i++) within.insertAdjacentHTML('beforeend', markup);
  const cards = [...within.children] as QuoteElement[];
  await Promise.all(cards.map((c) => c.updateComplete));
  expect(cards.every((c) => c.shadowRoot!.querySelector('[part~="card"]'))).toBe(true);
  use?.(cards);
  section.remove();
  return [section, ...cards].map((o) => new WeakRef(o));
}

async function alive(refs: WeakRef<object>[]): Promise<number> {
  for (let i = 0; i < 3; i++) {
    await new Promise((r) => setTimeout(r, 20));
    await cdp().send('HeapProfiler.collectGarbage');
  }
  return refs.filter((r) => r.deref()).length;
}

test("the page's first element, and the section it was removed with, are collected", async () => {
  const refs = await renderAndRemove('<tweet-quote author="A"><blockquote>first on the page</blockquote></tweet-quote>', 20);
  expect(await alive(refs)).toBe(0);
});

test('200 cards of every kind, and a component whose shadow root held them, are collected once removed', async () => {
  const refs = [
    ...(await renderAndRemove('<post-quote author="A" likes="3" verification="verified"><blockquote>t</blockquote></post-quote>', 100)),
    ...(await renderAndRemove(
      '<video-appeal author="A" provider="youtube" video-id="dQw4w9WgXcQ"><blockquote>t</blockquote></video-appeal>',
      50,
      true,
    )),
    ...(await renderAndRemove(
      '<post-quote><script type="application/json">{"platform":"mastodon","html":"<p>hi</p>"}</script></post-quote>',
      50,
    )),
  ];
  expect(await alive(refs)).toBe(0);
});

test('a video whose press the consent manager cancelled is collected once the page removes it, before any answer', async () => {
  const cancel = (e: Event) => e.preventDefault();
  document.addEventListener('postquote-activate', cancel);
  const refs = await renderAndRemove(
    '<video-appeal author="A" provider="youtube" video-id="dQw4w9WgXcQ"><blockquote>t</blockquote></video-appeal>',
    3,
    false,
    (cards) => cards.forEach((c) => c.shadowRoot!.querySelector<HTMLButtonElement>('[part~="play-button"]')!.click()),
  );
  document.removeEventListener('postquote-activate', cancel);
  expect(await alive(refs)).toBe(0);
});
