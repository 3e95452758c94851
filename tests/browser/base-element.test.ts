// The update cycle: a change made while an update is preparing (after it read its data) is never
// lost, no render pairs one state's author with another's text, `updateComplete` waits for the
// last render, and an element that requests an update from its own update does not loop.
import { afterEach, expect, test } from 'vitest';
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

test('a render or a prepare() that requests an update each time stops after a bounded number of passes', async () => {
  class Loop extends BaseElement {
    renders = 0;
    prepares = 0;
    protected override async prepare(): Promise<void> {
      this.prepares++;
      if (!this.hasAttribute('in-render')) this.requestUpdate();
    }
    protected override render() {
      this.renders++;
      if (this.hasAttribute('in-render')) this.requestUpdate();
      return html`${this.renders}`;
    }
  }
  customElements.define('test-update-loop', Loop);
  for (const where of ['in-render', 'in-prepare']) {
    const el = document.createElement('test-update-loop') as Loop;
    el.setAttribute(where, '');
    document.body.append(el);
    await el.updateComplete;
    await settle(el);
    const { renders, prepares } = el;
    expect(prepares, where).toBeLessThanOrEqual(10);
    expect(renders, where).toBeGreaterThanOrEqual(1);
    expect(renders, where).toBeLessThanOrEqual(prepares);
    expect(el.isUpdatePending, where).toBe(false);
    expect(el.shadowRoot!.textContent, where).toBe(String(renders));
    // Nothing keeps running afterwards.
    await new Promise((r) => setTimeout(r, 50));
    expect([el.renders, el.prepares], where).toEqual([renders, prepares]);
  }
});
