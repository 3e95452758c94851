// The newsroom layer (verification label, translation, status, platform note, content warning) is an
// on-demand chunk: a plain post never requests it, and a post that shows any of it has it in its
// first render (the element awaits the chunk before rendering; nothing appears late). The tests
// run in order: the first ones need a page where the chunk has not been requested yet.
import { afterEach, describe, expect, test } from 'vitest';
import { cleanup, mount, part, settle } from './helpers.js';
import { newsroom } from '../../src/render/newsroom-loader.js';

afterEach(cleanup);

/** Requests for the chunk's modules (Vite serves each source module as its own file). */
const chunkRequests = () =>
  performance
    .getEntriesByType('resource')
    .filter((e) => /\/src\/(render\/newsroom(\.styles)?|i18n\/messages\/en-newsroom)\.ts/.test(e.name));

const img = '/tests/fixtures/img/photo-400x400.png';
const json = (value: unknown) => `<script type="application/json">${JSON.stringify(value)}</script>`;

interface Snapshot {
  card: boolean;
  parts: string[];
  /** The label's computed border style at that moment: its rules are in the chunk's sheet. */
  labelBorder?: string;
}

/** Mounts markup and records, at every change of the shadow DOM, whether the card and which parts were there. */
async function mountWatching(markup: string): Promise<{ el: HTMLElement; snapshots: Snapshot[] }> {
  const host = document.createElement('div');
  host.lang = 'en';
  document.body.append(host);
  const tpl = document.createElement('template');
  tpl.innerHTML = markup; // test fixture only
  const el = tpl.content.firstElementChild as HTMLElement;
  host.append(tpl.content); // upgrades the element: its shadow root exists from here on
  const snapshots: Snapshot[] = [];
  const root = el.shadowRoot!;
  const observer = new MutationObserver(() => {
    const label = root.querySelector('[part~="verification"]');
    snapshots.push({
      card: Boolean(root.querySelector('[part~="card"]')),
      parts: [...root.querySelectorAll('[part]')].flatMap((p) => p.getAttribute('part')!.split(' ')),
      labelBorder: label ? getComputedStyle(label).borderInlineStartStyle : undefined,
    });
  });
  observer.observe(root, { childList: true, subtree: true, attributes: true, characterData: true });
  await settle(el);
  observer.disconnect();
  return { el, snapshots };
}

const firstCard = (snapshots: Snapshot[]) => snapshots.find((s) => s.card);

describe('a plain post', () => {
  test('author, text, time, counts, media, link and a plain quoted post: the chunk is never requested', async () => {
    const el = await mount(
      `<tweet-quote href="https://x.com/ann/status/1" author="Ann" handle="ann" author-verified datetime="2024-05-01T10:00:00Z"
        shares="3" likes="12" replies="1" views="900" counted-at="2024-05-02">
        <blockquote lang="en">Plain text, nothing the newsroom adds.</blockquote>
        <img slot="media" src="${img}" alt="A photo">
        ${json({ quoted: { text: 'Quoted, also plain', author: { name: 'Bo' }, url: 'https://x.com/bo/status/2' } })}
      </tweet-quote>`,
    );
    expect(part(el, 'card')).not.toBeNull();
    expect(part(el, 'media')).not.toBeNull();
    expect(part(el, 'counts')).not.toBeNull();
    expect(part(el, 'quoted')).not.toBeNull();
    expect(el.shadowRoot!.querySelector('a.origin')).not.toBeNull();
    // Fields present but empty or neutral do not need it either.
    const other = await mount(`<post-quote status="available" content-warning=""><blockquote>Still plain</blockquote></post-quote>`);
    expect(part(other, 'card')).not.toBeNull();
    expect(newsroom()).toBeUndefined();
    expect(chunkRequests()).toEqual([]);
    expect(el.shadowRoot!.adoptedStyleSheets).toHaveLength(2);
  });
});

describe('a post with newsroom fields', () => {
  test('a verification label is in the first render, styled, and the chunk is requested once for many posts', async () => {
    const [{ el, snapshots }, second] = await Promise.all([
      mountWatching(
        `<post-quote href="https://x.com/ann/status/1" author="Ann" verification="unverified" verification-note="One source only."><blockquote>Text</blockquote></post-quote>`,
      ),
      mountWatching(`<tweet-quote verification="verified" author="Bo"><blockquote>Text</blockquote></tweet-quote>`),
    ]);
    for (const s of [snapshots, second.snapshots]) {
      const first = firstCard(s)!;
      expect(first.parts).toContain('verification');
      expect(first.labelBorder).toBe('solid');
      expect(s.filter((x) => x.card).every((x) => x.parts.includes('verification'))).toBe(true);
    }
    expect(part(el, 'verification')!.textContent).toContain('Not independently verified');
    // One sheet for the page, shared by every element.
    const sheet = el.shadowRoot!.adoptedStyleSheets.at(-1);
    expect(second.el.shadowRoot!.adoptedStyleSheets.at(-1)).toBe(sheet);
    const more = await mount(`<post-quote status="deleted" author="Cy"><blockquote>Gone</blockquote></post-quote>`);
    expect(part(more, 'status')!.textContent).toContain('This post has since been deleted.');
    expect(new Set(chunkRequests().map((e) => e.name.replace(/\?.*/, ''))).size).toBe(chunkRequests().length);
    expect(chunkRequests().filter((e) => /render\/newsroom\.ts/.test(e.name))).toHaveLength(1);
  });

  test('a translation and its toggle are in the first render', async () => {
    const { el, snapshots } = await mountWatching(
      `<post-quote href="https://x.com/ann/status/3" author="Ann">
        <blockquote lang="de">Hallo Welt</blockquote>
        <blockquote slot="translation" lang="en" data-by="Desk">Hello world</blockquote>
      </post-quote>`,
    );
    expect(firstCard(snapshots)!.parts).toEqual(expect.arrayContaining(['translation', 'text']));
    expect(part(el, 'translation')!.textContent).toBe('Hello world');
    expect(el.shadowRoot!.querySelector('button.toggle')!.textContent).toContain('Show original');
    expect(el.shadowRoot!.querySelector('.credit span')!.textContent).toBe('Translation: Desk');
  });

  test('a content warning on the quoted post alone loads it too, and hides that post until revealed', async () => {
    const { el, snapshots } = await mountWatching(
      `<post-quote author="Ann"><blockquote>Outer</blockquote>${json({ quoted: { text: 'Inner', contentWarning: 'Violence' } })}</post-quote>`,
    );
    expect(firstCard(snapshots)!.parts).toContain('warning');
    const warning = part(el, 'warning')!;
    expect(part(el, 'quoted')!.contains(warning)).toBe(true);
    expect(warning.textContent).toContain('Violence');
    expect(warning.textContent).not.toContain('Inner');
  });

  test('<video-appeal> renders the label and status from the chunk in its first render', async () => {
    const { el, snapshots } = await mountWatching(
      `<video-appeal href="https://example.org/v" author="Lina" verification="disputed" status="withheld" poster="${img}">
        <blockquote>Key quote</blockquote>
      </video-appeal>`,
    );
    expect(firstCard(snapshots)!.parts).toEqual(expect.arrayContaining(['verification', 'status']));
    expect(part(el, 'verification')!.textContent).toContain('Disputed');
  });
});
