// The update cycle: a change made while an update is preparing (after it read its data) is never
// lost, no render pairs one state's author with another's text, `updateComplete` waits for the
// last render, and an element that requests an update from its own update never holds the page.
import { afterEach, expect, test, vi } from 'vitest';
import { html } from 'lit/html.js';
import { mount, part, cleanup, settle } from './helpers.js';
import { BaseElement } from '../../src/elements/base-element.js';

afterEach(cleanup);

type Quote = HTMLElement & { updateComplete: Promise<unknown> };

const alice = `<post-quote href="https://example.org/alice/1" author="Alice Example"><blockquote>Alice said: we will win.</blockquote></post-quote>`;
const card = (el: Element) => ({ author: part(el, 'author')?.textContent?.trim(), text: part(el, 'text')?.textContent?.trim() });

test('attributes and then the light DOM changed in one task: the card shows the new author with the new text', async () => {
  const el = await mount<Quote>(alice);
  expect(card(el)).toEqual({ author: 'Alice Example', text: 'Alice said: we will win.' });
  el.setAttribute('author', 'Bob Example');
  el.setAttribute('href', 'https://example.org/bob/2');
  el.querySelector('blockquote')!.textContent = 'Bob said: we will lose.';
  // updateComplete resolves after the render of the last state, not the one the change interrupted.
  await el.updateComplete;
  expect(card(el)).toEqual({ author: 'Bob Example', text: 'Bob said: we will lose.' });
  expect(el.shadowRoot!.querySelector('a.origin')!.getAttribute('href')).toBe('https://example.org/bob/2');
  await settle(el);
  expect(card(el)).toEqual({ author: 'Bob Example', text: 'Bob said: we will lose.' });
});

test('a burst of changes settles on the last state, and no render in between mixes two states', async () => {
  const el = await mount<Quote>(alice);
  const seen: { author?: string; text?: string }[] = [];
  const watch = new MutationObserver(() => seen.push(card(el)));
  watch.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true, attributes: true });
  const bq = el.querySelector('blockquote')!;
  for (let i = 1; i <= 16; i++) {
    // Each state written in one task-like step (attribute first), at shifting microtask offsets.
    el.setAttribute('author', `Author ${i}`);
    bq.textContent = `Text ${i}`;
    for (let k = 0; k < i % 5; k++) await Promise.resolve();
    if (i % 7 === 0) await new Promise((r) => setTimeout(r));
  }
  await el.updateComplete;
  expect(card(el)).toEqual({ author: 'Author 16', text: 'Text 16' });
  await settle(el);
  watch.disconnect();
  expect(card(el)).toEqual({ author: 'Author 16', text: 'Text 16' });
  const mixed = seen.filter((s) => s.author?.replace('Author', '') !== s.text?.replace('Text', ''));
  expect(mixed).toEqual([]);
});

test('a request from inside render() is dropped: one render, and nothing keeps running', async () => {
  class RenderLoop extends BaseElement {
    renders = 0;
    protected override render() {
      this.renders++;
      this.requestUpdate();
      return html`${this.renders}`;
    }
  }
  customElements.define('test-render-loop', RenderLoop);
  const el = document.createElement('test-render-loop') as RenderLoop;
  document.body.append(el);
  await settle(el);
  await new Promise((r) => setTimeout(r, 50));
  expect(el.renders).toBe(1);
  expect(el.isUpdatePending).toBe(false);
  expect(el.shadowRoot!.textContent).toBe('1');
});

test('a prepare() that requests an update each time renders every 10 passes and yields to the page between', async () => {
  class PrepareLoop extends BaseElement {
    loop = true;
    renders = 0;
    prepares = 0;
    protected override async prepare(): Promise<void> {
      this.prepares++;
      if (this.loop) this.requestUpdate();
    }
    protected override render() {
      this.renders++;
      return html`${this.prepares}`;
    }
  }
  customElements.define('test-prepare-loop', PrepareLoop);
  const el = document.createElement('test-prepare-loop') as PrepareLoop;
  document.body.append(el);
  // The page's own tasks still run while it loops: it never holds the main thread.
  let ticks = 0;
  for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(() => r(ticks++), 0));
  expect(ticks).toBe(5);
  expect(el.renders).toBeGreaterThanOrEqual(1);
  expect(el.prepares).toBeLessThanOrEqual(10 * el.renders + 10);
  el.loop = false;
  await new Promise((r) => setTimeout(r, 50));
  await settle(el);
  const { renders, prepares } = el;
  expect(el.shadowRoot!.textContent).toBe(String(prepares));
  await new Promise((r) => setTimeout(r, 50));
  expect([el.renders, el.prepares]).toEqual([renders, prepares]);
});

test('changes one microtask apart, past the 10-pass cap, then a new author and text: the card ends on the last state', async () => {
  for (const steps of [9, 11, 20]) {
    const el = await mount(
      `<post-quote href="https://example.org/alice/1" author="Alice"><blockquote>Alice: text</blockquote></post-quote>`,
    );
    for (let i = 0; i < steps; i++) {
      el.setAttribute('likes', String(i + 1));
      await Promise.resolve();
    }
    el.setAttribute('author', 'Bob');
    el.querySelector('blockquote')!.textContent = 'Bob: text';
    // (The last pass may be read again in the next task; a background tab runs those late.)
    await vi.waitFor(() => expect(card(el), `${steps} steps`).toEqual({ author: 'Bob', text: 'Bob: text' }), { timeout: 15_000 });
    el.remove();
  }
}, 60_000);
