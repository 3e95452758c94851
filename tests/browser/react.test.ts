// postquote in React 19, written as README.md tells React users to write it: rendered by
// react-dom/client, and rendered to HTML on a server then hydrated in the browser (as Next.js does).
// What React 19 does with each kind of prop on a custom element, and what reaches the card:
// - a prop the element has as a property (`post`: `'post' in el`) is set as the property;
// - any other is an attribute: a string or number as its text, `true` as "", `false` removes it;
// - `on` + the exact event name (`onpostquote-error`) is an addEventListener of that event.
// React's own behaviour is pinned here on purpose: should a React release change it, the README's
// React paragraph needs a look.
import { createElement as h, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, expect, test, vi } from 'vitest';
import { PostQuote, type Post, type PostquoteActivateEvent, type PostquoteErrorEvent } from '../../src/index.js';
import { cleanup, part, settle } from './helpers.js';

const roots: Root[] = [];
afterEach(() => {
  roots.splice(0).forEach((r) => r.unmount());
  cleanup();
});

/** Renders `node` into a new root (synchronously, as a first render commits) and settles its element. */
async function render(node: ReactNode): Promise<{ root: Root; el: HTMLElement & { post?: Post | null } }> {
  const box = document.body.appendChild(document.createElement('div'));
  const root = createRoot(box);
  roots.push(root);
  flushSync(() => root.render(node));
  const el = box.firstElementChild as HTMLElement;
  await settle(el);
  return { root, el };
}

async function rerender(root: Root, el: Element, node: ReactNode): Promise<void> {
  flushSync(() => root.render(node));
  await settle(el);
}

const post: Post = {
  url: 'https://twitter.com/AlabedBana/status/808611987390246912',
  author: { name: 'Bana Alabed', handle: 'AlabedBana' },
  text: 'My name is Bana, I am 7 years old.',
  createdAt: '2016-12-13T10:00:00Z',
  metrics: { shares: 37000 },
};
const text = (el: Element, name: string) => part(el, name)?.textContent?.replace(/\s+/g, ' ').trim();
const badge = (el: Element) => el.shadowRoot!.querySelector('[part~="author"] svg[role="img"]');

test('<tweet-quote post={post}>: the object is set as the property, never written as an attribute; strings and numbers are attributes', async () => {
  const { el } = await render(h('tweet-quote', { post, 'time-zone': 'UTC', likes: 12, verification: 'unverified' }));
  expect(el.post).toBe(post);
  expect(el.hasAttribute('post')).toBe(false);
  expect(el.getAttribute('likes')).toBe('12');
  expect(text(el, 'text')).toBe(post.text);
  expect(text(el, 'author')).toBe('Bana Alabed');
  expect(text(el, 'counts')).toMatch(/37,000.*12/);
  expect(text(el, 'verification')).toContain('Not independently verified');
});

test('flags: true is an empty attribute (on), false removes it (off); a re-render turns each the other way', async () => {
  const verified = { ...post, author: { ...post.author, verified: true } };
  const props = (on: boolean) => ({ post: verified, anonymize: on, 'no-counts': on, 'author-verified': !on });
  const { root, el } = await render(h('post-quote', props(true)));
  expect([el.getAttribute('anonymize'), el.getAttribute('no-counts'), el.hasAttribute('author-verified')]).toEqual(['', '', false]);
  expect(part(el, 'handle')).toBeNull();
  expect(part(el, 'counts')).toBeNull();
  expect(badge(el)).toBeNull();

  await rerender(root, el, h('post-quote', props(false)));
  expect([el.hasAttribute('anonymize'), el.hasAttribute('no-counts'), el.getAttribute('author-verified')]).toEqual([false, false, '']);
  expect(text(el, 'handle')).toBe('@AlabedBana');
  expect(text(el, 'counts')).toContain('37,000');
  expect(badge(el)!.getAttribute('aria-label')).toBe('Verified account on Twitter');

  // `author-verified={false}` removes the attribute: the post's own `author.verified` shows through.
  await rerender(root, el, h('post-quote', { post: verified, 'author-verified': false }));
  expect(el.hasAttribute('author-verified')).toBe(false);
  expect(badge(el)).not.toBeNull();
});

test('events: `onpostquote-error`, `onpostquote-reveal` and `onpostquote-activate` are listeners; `onPostquoteError` is not', async () => {
  const errors: PostquoteErrorEvent[] = [];
  const camel = vi.fn();
  const reveals = vi.fn();
  const { el } = await render(
    h('post-quote', {
      post: { ...post, createdAt: 'yesterday' },
      'content-warning': 'Graphic injuries',
      'onpostquote-error': (e: PostquoteErrorEvent) => errors.push(e),
      onPostquoteError: camel,
      'onpostquote-reveal': reveals,
    }),
  );
  expect(errors.map((e) => [e.code, e.field])).toEqual([['invalid-date', 'createdAt']]);
  // React 19 listens for exactly the name after "on", case and all: "PostquoteError" never comes.
  expect(camel).not.toHaveBeenCalled();
  expect(el.hasAttribute('onPostquoteError')).toBe(false);

  await vi.waitFor(() => expect(part(el, 'warning')).not.toBeNull());
  part(el, 'warning')!.querySelector('summary')!.click();
  await settle(el);
  expect(reveals).toHaveBeenCalledTimes(1);

  const activate = vi.fn((e: PostquoteActivateEvent) => e.preventDefault());
  const video = (
    await render(
      h('video-appeal', {
        href: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
        author: 'Lina Shamy',
        'onpostquote-activate': activate,
      }),
    )
  ).el;
  part(video, 'play-button')!.click();
  expect(activate).toHaveBeenCalledTimes(1);
  expect([activate.mock.calls[0][0].provider, activate.mock.calls[0][0].url]).toEqual([
    'youtube',
    expect.stringMatching(/^https:\/\/www\.youtube-nocookie\.com\/embed\/dQw4w9WgXcQ/),
  ]);
  await settle(video);
  expect(video.shadowRoot!.querySelector('iframe')).toBeNull();
});

test('a re-render with a new post, attribute and listener updates the card; unmounting removes the element', async () => {
  const first = vi.fn();
  const second = vi.fn();
  const { root, el } = await render(h('tweet-quote', { post, 'onpostquote-error': first }));
  await rerender(root, el, h('tweet-quote', { post: { ...post, text: 'Edited.' }, shares: 'many', 'onpostquote-error': second }));
  expect(text(el, 'text')).toBe('Edited.');
  expect(first).not.toHaveBeenCalled();
  expect(second.mock.calls.map(([e]) => (e as PostquoteErrorEvent).field)).toEqual(['metrics.shares']);

  // The light DOM React renders (attributes and a blockquote, no `post`) is read again when React changes it.
  const quote = (words: string, author: string) => h('tweet-quote', { author }, h('blockquote', { lang: 'en' }, words));
  await rerender(root, el, quote('First words.', 'Ana'));
  expect([text(el, 'text'), text(el, 'author')]).toEqual(['First words.', 'Ana']);
  await rerender(root, el, quote('Second words.', 'Bea'));
  await vi.waitFor(() => expect([text(el, 'text'), text(el, 'author')]).toEqual(['Second words.', 'Bea']));

  root.unmount();
  roots.splice(roots.indexOf(root), 1);
  expect(el.isConnected).toBe(false);
  // Mounted again in a new root: a new element, from the same props.
  const again = (await render(h('tweet-quote', { post }))).el;
  expect(again).not.toBe(el);
  expect(text(again, 'text')).toBe(post.text);
});

test('rendered before the elements are defined: the post is written as an attribute, lost, and the element says so', async () => {
  const tag = 'react-late-quote';
  const errors: string[] = [];
  const { el } = await render(h(tag, { post, 'onpostquote-error': (e: PostquoteErrorEvent) => errors.push(`${e.code} ${e.field}`) }));
  expect(el.getAttribute('post')).toBe('[object Object]');
  customElements.define(tag, class extends PostQuote {});
  await settle(el);
  expect((el as { post?: unknown }).post).toBeUndefined();
  expect(errors).toContain('invalid-type post');
});

test('rendered before the elements are defined, `post` set through a ref is kept until they are', async () => {
  const tag = 'react-later-quote';
  const { el } = await render(h(tag, { ref: (node: (HTMLElement & { post?: Post }) | null) => void (node && (node.post = post)) }));
  customElements.define(tag, class extends PostQuote {});
  await settle(el);
  expect(el.post).toBe(post);
  expect(text(el, 'text')).toBe(post.text);
});

/** The server's HTML for `app`, in a new container in the page, and React hydrating it (recoverable errors collected). */
async function hydrate(app: ReactNode) {
  const html = renderToString(app);
  const box = document.body.appendChild(document.createElement('div'));
  const tpl = document.createElement('template');
  tpl.innerHTML = html; // test fixture: the server's HTML
  box.append(tpl.content);
  const el = box.firstElementChild as HTMLElement & { post?: Post };
  await settle(el);
  const errors: unknown[] = [];
  roots.push(hydrateRoot(box, app, { onRecoverableError: (e) => errors.push(e) }));
  await new Promise((r) => setTimeout(r, 100));
  await settle(el);
  // Hydrated, not replaced: a mismatch would have React render a new element in its place.
  expect(box.firstElementChild).toBe(el);
  return { html, el, errors };
}

test('server render (Next.js): the HTML is the attributes and the light-DOM fallback, and inline JSON with "<" written as \\u003c hydrates', async () => {
  const json = { author: { handle: 'AlabedBana' }, createdAt: '2016-12-13T10:00:00Z', text: 'It says </script><script>alert(1)</script>' };
  const app = h(
    'tweet-quote',
    { href: post.url, author: 'Bana Alabed', 'no-counts': true, anonymize: false, post },
    h('blockquote', { lang: 'en' }, 'From the server.'),
    h('script', { type: 'application/json' }, JSON.stringify(json).replace(/</g, '\\u003c')),
  );
  const { html, el, errors } = await hydrate(app);
  expect(html).toMatch(
    /^<tweet-quote href="https:\/\/twitter\.com\/AlabedBana\/status\/808611987390246912" author="Bana Alabed" no-counts="">/,
  );
  expect(html).not.toContain('post=');
  expect(html).toContain('<blockquote lang="en">From the server.</blockquote>');
  expect(errors).toEqual([]);
  expect(text(el, 'text')).toBe(json.text);
  expect(text(el, 'handle')).toBe('@AlabedBana');
  expect(el.shadowRoot!.querySelector('time')?.getAttribute('datetime')).toBe('2016-12-13T10:00:00.000Z');
  expect(part(el, 'counts')).toBeNull();
});

test('the same JSON as it is: React escapes "</script" on the server only, and the mismatch makes React throw the hydrated element away', async () => {
  const errors: unknown[] = [];
  const json = JSON.stringify({ text: 'It says </script>' });
  const app = h('tweet-quote', null, h('script', { type: 'application/json' }, json));
  const html = renderToString(app);
  expect(html).toContain('</\\u0073cript>');
  const box = document.body.appendChild(document.createElement('div'));
  const tpl = document.createElement('template');
  tpl.innerHTML = html; // test fixture: the server's HTML
  box.append(tpl.content);
  const el = box.firstElementChild;
  roots.push(hydrateRoot(box, app, { onRecoverableError: (e) => errors.push(e) }));
  await vi.waitFor(() => expect(errors).toHaveLength(1));
  expect(box.firstElementChild).not.toBe(el);
});

test('hydration sets neither `post` nor an `on…` listener (React 19.3, facebook/react#35446); a ref callback does', async () => {
  const listener = vi.fn();
  const { el } = await hydrate(h('tweet-quote', { post, 'onpostquote-error': listener }, h('blockquote', null, 'From the server.')));
  expect(el.post).toBeUndefined();
  expect(text(el, 'text')).toBe('From the server.');
  el.setAttribute('datetime', 'later');
  await settle(el);
  expect(listener).not.toHaveBeenCalled();

  // As README.md tells server-rendered apps: the property and listeners through a ref.
  const errors: string[] = [];
  const ref = (node: (HTMLElement & { post?: Post }) | null) => {
    if (!node) return;
    node.post = post;
    const on = (e: PostquoteErrorEvent) => errors.push(e.code);
    node.addEventListener('postquote-error', on);
    return () => node.removeEventListener('postquote-error', on);
  };
  const { el: withRef } = await hydrate(h('tweet-quote', { ref }, h('blockquote', null, 'From the server.')));
  expect(withRef.post).toBe(post);
  expect(text(withRef, 'text')).toBe(post.text);
  withRef.setAttribute('datetime', 'later');
  await settle(withRef);
  expect(errors).toEqual(['invalid-date']);
});
