// Instagram, Threads, TikTok and Facebook embed codes as the platforms hand them out (tests/fixtures/embeds),
// pasted into <post-quote>: read (platform, post URL without tracking, author, handle, caption,
// date), never their placeholder words ("View this post on Instagram", "A post shared by …",
// "View on Threads", "♬ original sound") as the author's; their <script> never loaded.
import { afterEach, describe, expect, test, vi } from 'vitest';
import { mount, part, cleanup, axeViolations, postquoteErrors } from './helpers.js';
import { readMarkup } from '../../src/sources/markup.js';
import index from '../fixtures/embeds/index.json';

const files = import.meta.glob('../fixtures/embeds/*.html', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;
const code = (file: string) => files[`../fixtures/embeds/${file}`];

interface Expected {
  platform: string;
  url: string;
  name: string | null;
  handle: string;
  text: string | null;
  createdAt: string | null;
}
const fixtures = index as { file: string; expected: Expected }[];
const placeholders =
  /View this post|Ver esta|Sieh dir|A post shared|A photo posted|compartida|geteilt|View on Threads|Auf Threads ansehen|Post by|Posted by|original sound|♬/;

/** What readMarkup() takes from a host holding `markup`, once the platform's reader has loaded. */
async function read(markup: string) {
  const host = document.createElement('post-quote-test');
  const tpl = document.createElement('template');
  tpl.innerHTML = markup; // fixture only; its <script> never runs
  host.append(tpl.content);
  const sources = readMarkup(host);
  await sources.adapting;
  return sources.markup;
}

afterEach(cleanup);

/** A link's shown words, without the words only screen readers hear (its .sr span). */
const linkWords = (a: Element) =>
  [...a.childNodes]
    .filter((n) => n.nodeType === Node.TEXT_NODE)
    .map((n) => n.textContent)
    .join('');

describe('reading the embed codes', () => {
  test('the fixture set is complete', () => {
    expect(fixtures.length).toBe(12);
    for (const f of fixtures) expect(code(f.file), f.file).toBeTypeOf('string');
  });

  for (const { file, expected: e } of fixtures)
    test(file, async () => {
      const post = await read(code(file));
      const author = post.author as { name?: string; handle?: string };
      expect(post.platform).toBe(e.platform);
      expect(post.url).toBe(e.url);
      expect(author.name ?? null).toBe(e.name);
      expect(author.handle).toBe(e.handle);
      expect(post.text ?? null).toBe(e.text);
      expect(post.createdAt ?? null).toBe(e.createdAt);
      expect(JSON.stringify(post)).not.toMatch(placeholders);
      expect(JSON.stringify(post)).not.toMatch(/utm_|igsh|xmt=|refer=|__cft__|__tn__/);
    });

  test('Threads, 2023: a threads.net/t/ID link names no handle; its "Post by @user" does', async () => {
    const early = code('threads-2023-post-by.html').replaceAll('https://www.threads.net/@meteo_costa/post/', 'https://www.threads.net/t/');
    expect(await read(early)).toMatchObject({ url: 'https://www.threads.net/t/Cx3hQ9tLk2P', author: { handle: 'meteo_costa' } });
  });

  test("a post link off the platform's hosts is no post URL (no 'View on Instagram' to another site)", async () => {
    const forged = code('instagram-v14-en.html').replaceAll(
      'https://www.instagram.com/p/C4kTq8xNw2R/',
      'https://instagram.com.evil.example/p/C4kTq8xNw2R/',
    );
    expect((await read(forged)).url).toBeUndefined();
    const tiktok = code('tiktok-video-2024.html').replace('cite="https://www.tiktok.com/', 'cite="https://evil.example/');
    expect((await read(tiktok)).url).toBeUndefined();
    const threads = code('threads-2023-post-by.html').replaceAll('https://www.threads.net/', 'https://threads.evil.example/');
    expect(await read(threads)).toMatchObject({ url: undefined, author: { handle: 'meteo_costa' } });
  });
});

describe('<post-quote> with a pasted embed code', () => {
  test('Facebook\'s script form (div.fb-post and sdk.js): name, text with its hashtag, date, "View on Facebook"; sdk.js never loaded', async () => {
    const requests = performance.getEntriesByType('resource').length;
    const el = await mount(`<post-quote>${code('facebook-post-2023-sdk-en-gb.html')}</post-quote>`);
    expect(part(el, 'platform')!.textContent!.trim()).toBe('Facebook');
    expect(part(el, 'author')!.textContent!.trim()).toBe('Harbour Tide Ferries');
    expect(part(el, 'text')!.textContent).toBe(index[7].expected.text);
    expect([...part(el, 'text')!.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual([
      'https://www.facebook.com/hashtag/harbourlife',
    ]);
    expect(el.shadowRoot!.querySelector('time')!.getAttribute('datetime')).toBe('2023-11-05');
    expect(el.shadowRoot!.querySelector('.origin')!.getAttribute('href')).toBe(index[7].expected.url);
    expect(el.shadowRoot!.textContent).not.toMatch(placeholders);
    // The pasted SDK is neither run nor loaded, and stays in the light DOM untouched.
    expect(el.querySelector('script[src*="connect.facebook.net"]')).not.toBeNull();
    expect(
      performance
        .getEntriesByType('resource')
        .slice(requests)
        .filter((r) => /facebook/.test(r.name)),
    ).toEqual([]);
    expect((window as unknown as { FB?: unknown }).FB).toBeUndefined();
    expect(await axeViolations(el)).toEqual([]);
  });

  test('Facebook\'s video code (div.fb-video): title and text, name, day, "Watch on Facebook" to the video; nothing of the video loaded', async () => {
    const requests = performance.getEntriesByType('resource').length;
    const file = 'facebook-video-2023-sdk-en-gb-titled.html';
    const { expected } = fixtures.find((f) => f.file === file)!;
    const el = await mount(`<post-quote>${code(file)}</post-quote>`);
    expect(part(el, 'platform')!.textContent!.trim()).toBe('Facebook');
    expect(part(el, 'author')!.textContent!.trim()).toBe('Harbour Tide Ferries');
    expect(part(el, 'handle')!.textContent).toBe('@harbourtide.ferries');
    // The title is the text's first paragraph, no link of its own: the card's link out is the video's.
    expect(part(el, 'text')!.textContent).toBe(expected.text);
    expect([...part(el, 'text')!.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual([
      'https://www.facebook.com/hashtag/harbourlife',
    ]);
    expect(el.shadowRoot!.querySelector('time')!.getAttribute('datetime')).toBe('2023-11-06');
    const out = el.shadowRoot!.querySelector('.origin')!;
    expect(out.getAttribute('href')).toBe(expected.url);
    expect(linkWords(out)).toBe('Watch on Facebook');
    // No player, poster or video element: the video is only linked.
    expect(el.shadowRoot!.querySelector('video, iframe, img')).toBeNull();
    expect(el.shadowRoot!.textContent).not.toMatch(placeholders);
    expect(
      performance
        .getEntriesByType('resource')
        .slice(requests)
        .filter((r) => /facebook|fbcdn/.test(r.name)),
    ).toEqual([]);
    expect((window as unknown as { FB?: unknown }).FB).toBeUndefined();
    expect(await axeViolations(el)).toEqual([]);
  });

  test('a Facebook video\'s link reads "Watch on" in the page\'s language, from its address alone; a post\'s still "View on"', async () => {
    const untitled = await mount(`<post-quote>${code('facebook-video-2022-en-us-untitled-date-text.html')}</post-quote>`, 'fr');
    expect(linkWords(untitled.shadowRoot!.querySelector('.origin')!)).toBe('Regarder sur Facebook');
    for (const [href, words] of [
      ['https://www.facebook.com/watch/?v=618204937116528', 'Watch on Facebook'],
      ['https://fb.watch/oKq3xY7_z1/', 'Watch on Facebook'],
      ['https://www.facebook.com/reel/1847362915273846', 'Watch on Facebook'],
      ['https://www.facebook.com/harbourtide.ferries/posts/pfbid02Lm8', 'View on Facebook'],
      ['https://www.facebook.com/watchtower.news/posts/1', 'View on Facebook'],
    ]) {
      const el = await mount(`<post-quote href="${href}" author="A"><blockquote>Fog.</blockquote></post-quote>`);
      expect(linkWords(el.shadowRoot!.querySelector('.origin')!), href).toBe(words);
    }
  });

  test("Facebook: a post link off Facebook's hosts is no post URL, and a profile.php or numeric profile names no handle", async () => {
    const forged = code('facebook-post-2023-sdk-en-gb.html').replaceAll(
      'https://www.facebook.com/harbourtide.ferries/posts/',
      'https://facebook.com.evil.example/p/',
    );
    expect((await read(forged)).url).toBeUndefined();
    for (const profile of ['https://www.facebook.com/profile.php?id=100064', 'https://www.facebook.com/100064/'])
      expect(
        (
          await read(
            code('facebook-post-2023-sdk-en-gb.html').replace('href="https://www.facebook.com/harbourtide.ferries"', `href="${profile}"`),
          )
        ).author,
      ).toEqual({
        name: 'Harbour Tide Ferries',
        url: profile,
        handle: undefined,
      });
  });

  // What Facebook's share links and embed codes add to a post's address (a share sheet's mibextid, rdid,
  // sfnsn, s and fs; a click's fbclid; the page's __cft__ and __tn__; ref, _rdr), on every form below.
  const tracking = '__cft__[0]=AZX1q&__tn__=%2CO%2CP-R&mibextid=Nif5oz&rdid=Qw3rTy&fbclid=IwAR0xYz&ref=embed_post&_rdr&sfnsn=mo';
  const addresses = [
    [
      'https://www.facebook.com/harbourtide.ferries/posts/pfbid02Lm8?' + tracking + '#comments',
      'https://www.facebook.com/harbourtide.ferries/posts/pfbid02Lm8',
    ],
    [
      'https://www.facebook.com/harbourtide.ferries/videos/1847362915273846/?' + tracking,
      'https://www.facebook.com/harbourtide.ferries/videos/1847362915273846/',
    ],
    ['https://www.facebook.com/reel/1847362915273846?s=yWDuG2&fs=e&' + tracking, 'https://www.facebook.com/reel/1847362915273846'],
    ['https://www.facebook.com/share/p/1AbCdEfGhJ/?' + tracking, 'https://www.facebook.com/share/p/1AbCdEfGhJ/'],
    ['https://fb.watch/oKq3xY7_z1/?' + tracking, 'https://fb.watch/oKq3xY7_z1/'],
    // Where the query is the address: it keeps the parameters that name the post, and only those.
    [
      'https://m.facebook.com/permalink.php?story_fbid=pfbid0Xy7&id=100064&' + tracking,
      'https://m.facebook.com/permalink.php?story_fbid=pfbid0Xy7&id=100064',
    ],
    [
      'https://www.facebook.com/story.php?' + tracking + '&story_fbid=3021&id=100064',
      'https://www.facebook.com/story.php?story_fbid=3021&id=100064',
    ],
    ['https://www.facebook.com/photo.php?fbid=10161&set=a.1016&type=3&' + tracking, 'https://www.facebook.com/photo.php?fbid=10161'],
    ['https://www.facebook.com/photo/?fbid=10161&set=a.1016&' + tracking, 'https://www.facebook.com/photo/?fbid=10161'],
    ['https://www.facebook.com/watch/?v=618204937116528&' + tracking, 'https://www.facebook.com/watch/?v=618204937116528'],
    ['https://www.facebook.com/video.php?v=618204937116528&' + tracking, 'https://www.facebook.com/video.php?v=618204937116528'],
    // An album is its set (a photo's set is only where it was opened from; the photo is its fbid).
    ['https://www.facebook.com/media/set/?set=a.1016&type=3&' + tracking, 'https://www.facebook.com/media/set/?set=a.1016'],
    ['https://m.facebook.com/media/set/?vanity=harbourtide.ferries&set=a.1016&' + tracking, 'https://m.facebook.com/media/set/?set=a.1016'],
    [
      'https://www.facebook.com/watch/live/?v=618204937116528&ref=watch_permalink&' + tracking,
      'https://www.facebook.com/watch/live/?v=618204937116528',
    ],
    [
      'https://www.facebook.com/groups/harbourwatchers/permalink/3021/?' + tracking,
      'https://www.facebook.com/groups/harbourwatchers/permalink/3021/',
    ],
    ['https://www.facebook.com/groups/1016/posts/3021/?' + tracking, 'https://www.facebook.com/groups/1016/posts/3021/'],
    // A comment's address (as Facebook's own comment embed has it) names the comment: kept, on every form.
    [
      'https://www.facebook.com/harbourtide.ferries/posts/pfbid02Lm8?comment_id=1070233&reply_comment_id=1070299&notif_id=1699&notif_t=comment_mention&' +
        tracking,
      'https://www.facebook.com/harbourtide.ferries/posts/pfbid02Lm8?comment_id=1070233&reply_comment_id=1070299',
    ],
    [
      'https://www.facebook.com/permalink.php?story_fbid=pfbid0Xy7&id=100064&comment_id=1070233&' + tracking,
      'https://www.facebook.com/permalink.php?story_fbid=pfbid0Xy7&id=100064&comment_id=1070233',
    ],
    // A form whose query is not known here loses the tracking names alone: a group's post in its feed stays that post.
    [
      'https://www.facebook.com/groups/1016/?multi_permalinks=3021&notif_id=1699&notif_t=group_activity&paipv=0&eav=AfZ3x&' + tracking,
      'https://www.facebook.com/groups/1016/?multi_permalinks=3021',
    ],
  ];

  test("Facebook: a post's address keeps its query only where it is the address (.php pages, Watch, a photo), never tracking; script and iframe forms alike", async () => {
    const post = index[7].expected.url;
    const script = code('facebook-post-2023-sdk-en-gb.html');
    const iframe = code('facebook-post-iframe-2023.html');
    for (const [given, kept] of addresses) {
      // data-href, cite and the date link: all three hold the post's address.
      expect((await read(script.replaceAll(post, given.replaceAll('&', '&amp;')))).url, given).toBe(kept);
      expect((await read(iframe.replace(/href=[^&]+/, `href=${encodeURIComponent(given)}`))).url, given).toBe(kept);
    }
  });

  test("Facebook: the author's profile and the text's links lose the same tracking; a profile.php keeps its id", async () => {
    const profile = (href: string) =>
      read(code('facebook-post-2023-sdk-en-gb.html').replace('href="https://www.facebook.com/harbourtide.ferries"', `href="${href}"`));
    expect((await profile(`https://www.facebook.com/harbourtide.ferries?${tracking.replaceAll('&', '&amp;')}`)).author).toEqual({
      name: 'Harbour Tide Ferries',
      url: 'https://www.facebook.com/harbourtide.ferries',
      handle: 'harbourtide.ferries',
    });
    expect((await profile(`https://www.facebook.com/profile.php?id=100064&amp;${tracking.replaceAll('&', '&amp;')}`)).author).toEqual({
      name: 'Harbour Tide Ferries',
      url: 'https://www.facebook.com/profile.php?id=100064',
      handle: undefined,
    });
    const linked = code('facebook-post-2023-sdk-en-gb.html').replace(
      '__tn__=*NK-R',
      '__tn__=*NK-R&amp;mibextid=Nif5oz&amp;fbclid=IwAR0xYz&amp;rdid=Qw3',
    );
    expect(((await read(linked)).links as { url: string }[]).map((l) => l.url)).toEqual(['https://www.facebook.com/hashtag/harbourlife']);
    // Facebook's link shim (l.php) is addressed by its query too: its target and key stay, its tracking goes.
    const shim = code('facebook-post-2023-sdk-en-gb.html').replace(
      'https://www.facebook.com/hashtag/harbourlife?__eep__=6&amp;__cft__[0]=AZX1q&amp;__tn__=*NK-R',
      'https://l.facebook.com/l.php?u=https%3A%2F%2Fexample.org%2Fferry%3Futm_source%3Dfb&amp;h=AT0xYz&amp;__tn__=-UK-R&amp;__cft__[0]=AZX1q',
    );
    expect(((await read(shim)).links as { url: string }[]).map((l) => l.url)).toEqual([
      'https://l.facebook.com/l.php?u=https%3A%2F%2Fexample.org%2Fferry%3Futm_source%3Dfb&h=AT0xYz',
    ]);
  });

  test("Facebook's Page plugin (div.fb-page) is no post: the element keeps it as its fallback and says so (no-content); its blockquote alone makes no card either", async () => {
    const errors = postquoteErrors((e) => `${e.code} ${e.message}`);
    try {
      const page = code('facebook-page-2023-sdk-en-gb.html');
      for (const markup of [page, page.replace(/<\/?div[^>]*>/g, '')]) {
        const el = await mount(`<post-quote>${markup}</post-quote>`);
        expect(el.shadowRoot!.querySelector('figure'), markup).toBeNull();
        expect(el.querySelector('blockquote')!.getBoundingClientRect().height, markup).toBeGreaterThan(0);
      }
      expect(errors.seen).toEqual([
        'no-content nothing to render (div.fb-page: a Facebook page, not a post): keeping the fallback markup',
        'no-content nothing to render: keeping the fallback markup',
      ]);
      expect(await read(page.replace(/<\/?div[^>]*>/g, ''))).toEqual({});
    } finally {
      errors.stop();
    }
  });

  test('TikTok: the handle, the caption with its links, the moment in the video ID, "Watch on TikTok"', async () => {
    const requests = performance.getEntriesByType('resource').length;
    const el = await mount(`<post-quote>${code('tiktok-video-2024.html')}</post-quote>`);
    expect(part(el, 'platform')!.textContent!.trim()).toBe('TikTok');
    expect(part(el, 'author')!.textContent!.trim()).toBe('@meteo.lena');
    const text = part(el, 'text')!;
    expect(text.textContent).toBe(
      'Why the fog stays in the valley until noon 🌫️ explained in 60 seconds with @harbourtide.ferries #weather #learnontiktok',
    );
    expect([...text.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual([
      'https://www.tiktok.com/@harbourtide.ferries',
      'https://www.tiktok.com/tag/weather',
      'https://www.tiktok.com/tag/learnontiktok',
    ]);
    expect(el.shadowRoot!.querySelector('time')!.getAttribute('datetime')).toBe('2024-03-14T09:26:40.000Z');
    expect(el.shadowRoot!.querySelector('.origin')!.getAttribute('href')).toBe(
      'https://www.tiktok.com/@meteo.lena/video/7346148142038254290',
    );
    expect(linkWords(el.shadowRoot!.querySelector('.origin')!)).toBe('Watch on TikTok');
    // The pasted <script> is neither run nor loaded, and stays in the light DOM untouched.
    expect(el.querySelector('script')).not.toBeNull();
    expect(
      performance
        .getEntriesByType('resource')
        .slice(requests)
        .filter((r) => /tiktok/.test(r.name)),
    ).toEqual([]);
    expect(await axeViolations(el)).toEqual([]);
  });

  test('Instagram with its caption (2016–2020 codes): name, handle, caption, date, "View on Instagram"', async () => {
    const el = await mount(`<post-quote>${code('instagram-v12-captioned-de.html')}</post-quote>`, 'de');
    expect(part(el, 'platform')!.textContent!.trim()).toBe('Instagram');
    expect(part(el, 'author')!.textContent!.trim()).toBe('Harbour Tide Ferries');
    expect(part(el, 'handle')!.textContent).toBe('@harbourtide.ferries');
    expect(part(el, 'text')!.textContent).toBe(index[2].expected.text);
    expect([...part(el, 'text')!.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toContain(
      'https://www.instagram.com/explore/tags/Hafen',
    );
    expect(el.shadowRoot!.querySelector('.origin')!.getAttribute('href')).toBe('https://www.instagram.com/p/B3fXk2ZnQ7w/');
    expect(el.shadowRoot!.textContent).not.toMatch(placeholders);
  });

  for (const file of ['instagram-v14-en.html', 'threads-2025-share-link.html'])
    test(`${file}: a code without the post's words keeps its fallback (a link to the post), never a card quoting the placeholder`, async () => {
      const errors = postquoteErrors();
      const requests = performance.getEntriesByType('resource').length;
      try {
        const el = await mount(`<post-quote>${code(file)}</post-quote>`);
        expect(el.shadowRoot!.querySelector('figure')).toBeNull();
        expect(errors.seen).toContain('no-content');
        expect(
          performance
            .getEntriesByType('resource')
            .slice(requests)
            .filter((r) => /instagram|threads/.test(r.name)),
        ).toEqual([]);
        expect((window as unknown as { instgrm?: unknown }).instgrm).toBeUndefined();
      } finally {
        errors.stop();
      }
    });

  test("the caption the code lacks, given as inline JSON: a card with the code's platform, author and link", async () => {
    const el = await mount(
      `<post-quote>${code('instagram-v14-en.html')}<script type="application/json">{"text":"Timetable for the winter season #harbourlife","lang":"en"}</script></post-quote>`,
    );
    expect(part(el, 'platform')!.textContent!.trim()).toBe('Instagram');
    expect(part(el, 'author')!.textContent!.trim()).toBe('Harbour Tide Ferries');
    expect(part(el, 'handle')!.textContent).toBe('@harbourtide.ferries');
    expect(part(el, 'text')!.textContent).toBe('Timetable for the winter season #harbourlife');
    expect(el.shadowRoot!.querySelector('.origin')!.getAttribute('href')).toBe('https://www.instagram.com/p/C4kTq8xNw2R/');
    expect(el.shadowRoot!.textContent).not.toMatch(placeholders);
  });

  test("the codes name no language: the caption is in the page's, or the one the page writes on the pasted blockquote", async () => {
    const tiktok = await mount(`<post-quote>${code('tiktok-video-2024.html')}</post-quote>`, 'de');
    expect(part(tiktok, 'text')!.getAttribute('lang')).toBeNull(); // the card's, the page's: de
    const en = await mount(
      `<post-quote>${code('tiktok-video-2024.html').replace('<blockquote ', '<blockquote lang="en" ')}</post-quote>`,
      'de',
    );
    expect(part(en, 'text')!.getAttribute('lang')).toBe('en');
    const ig = await mount(
      `<post-quote>${code('instagram-v12-captioned-de.html').replace('<blockquote ', '<blockquote lang="de" ')}</post-quote>`,
    );
    expect(part(ig, 'text')!.getAttribute('lang')).toBe('de');
  });

  test('Threads: the same, its handle from the post URL', async () => {
    const el = await mount(
      `<post-quote>${code('threads-2023-post-by.html')}<script type="application/json">{"text":"Fog until noon."}</script></post-quote>`,
    );
    expect(part(el, 'platform')!.textContent!.trim()).toBe('Threads');
    expect(part(el, 'author')!.textContent!.trim()).toBe('@meteo_costa');
    expect(part(el, 'text')!.textContent).toBe('Fog until noon.');
    expect(el.shadowRoot!.querySelector('.origin')!.getAttribute('href')).toBe('https://www.threads.net/@meteo_costa/post/Cx3hQ9tLk2P');
  });
});

// README, Privacy: an iframe the page puts inside an element loads as it is inserted, whatever
// postquote does; postquote never reads it (a local address stands for YouTube's or Facebook's).
describe('an iframe pasted inside (YouTube, Facebook)', () => {
  const frame = (n: string) =>
    `<iframe width="560" height="315" src="/tests/fixtures/img/photo-800x600.png?frame=${n}" allowfullscreen></iframe>`;
  // An iframe's resource entry reaches the page once the iframe has loaded, which may be after mount() on a busy machine.
  const loaded = (n: string) =>
    expect.poll(() => performance.getEntriesByType('resource').some((r) => r.name.includes(`frame=${n}`)), { timeout: 10_000 });

  test('<video-appeal href> renders its own consent-gated card and no player from it, but the browser has loaded it', async () => {
    const el = await mount(`<video-appeal href="https://www.youtube.com/watch?v=dQw4w9WgXcQ">${frame('va')}</video-appeal>`);
    expect(el.shadowRoot!.querySelector('figure')).not.toBeNull();
    expect(el.shadowRoot!.querySelector('iframe')).toBeNull();
    expect(el.querySelector('iframe')!.getBoundingClientRect().width).toBe(0);
    await loaded('va').toBe(true);
  });

  test("<post-quote> with only an iframe keeps it as the fallback: not read (Facebook's script form is read, as its blockquote)", async () => {
    const errors = postquoteErrors();
    try {
      const el = await mount(`<post-quote>${frame('pq')}</post-quote>`);
      expect(el.shadowRoot!.querySelector('figure')).toBeNull();
      await loaded('pq').toBe(true);
      const fb = await mount(
        `<post-quote><div class="fb-post" data-href="https://www.facebook.com/20531316728/posts/10154009990506729/"><blockquote cite="https://www.facebook.com/20531316728/posts/10154009990506729/" class="fb-xfbml-parse-ignore"><p>Hello</p>Posted by <a href="https://www.facebook.com/facebook/">Facebook</a> on <a href="https://www.facebook.com/20531316728/posts/10154009990506729/">Thursday, August 27, 2015</a></blockquote></div></post-quote>`,
      );
      expect(part(fb, 'text')!.textContent).toBe('Hello');
      expect(errors.seen.filter((c) => c === 'no-content')).toHaveLength(1);
    } finally {
      errors.stop();
    }
  });

  test("Facebook's iframe form (plugins/post.php, video.php): a card naming Facebook and linking the post, no words invented; no-text and iframe-in-fallback reported", async () => {
    const errors = postquoteErrors();
    try {
      const requests = performance.getEntriesByType('resource').length;
      const el = await mount(`<post-quote>${code('facebook-post-iframe-2023.html')}</post-quote>`);
      expect(part(el, 'platform')!.textContent!.trim()).toBe('Facebook');
      const out = el.shadowRoot!.querySelector('.origin')!;
      expect(out.getAttribute('href')).toBe(index[7].expected.url);
      expect(linkWords(out)).toBe('View on Facebook');
      expect(part(el, 'text')).toBeNull();
      // The card takes the iframe's place: it is not on show beside it, nor inside it.
      expect(el.shadowRoot!.querySelector('iframe')).toBeNull();
      expect(el.querySelector('iframe')!.getBoundingClientRect().width).toBe(0);
      expect(errors.seen).toEqual(['iframe-in-fallback', 'no-text']);
      // Nothing of Facebook's but the page's own iframe.
      expect(
        performance
          .getEntriesByType('resource')
          .slice(requests)
          .filter((r) => /facebook/.test(r.name) && !r.name.startsWith('https://www.facebook.com/plugins/post.php?')),
      ).toEqual([]);
      expect(await axeViolations(el)).toEqual([]);
      const video = await mount(`<post-quote>${code('facebook-video-iframe-2023.html')}</post-quote>`);
      const watch = video.shadowRoot!.querySelector('.origin')!;
      expect(watch.getAttribute('href')).toBe('https://www.facebook.com/harbourtide.ferries/videos/1847362915273846/');
      expect(linkWords(watch)).toBe('Watch on Facebook');
    } finally {
      errors.stop();
    }
  });

  test("Facebook's iframe with the text given beside it: the card quotes it, without no-text; a plugin or a post off Facebook's hosts gives no link", async () => {
    const errors = postquoteErrors();
    try {
      const el = await mount(
        `<post-quote author="Harbour Tide Ferries">${code('facebook-post-iframe-2023.html')}<blockquote lang="en">The new ferry starts on Monday.</blockquote></post-quote>`,
      );
      expect(part(el, 'text')!.textContent).toBe('The new ferry starts on Monday.');
      expect(el.shadowRoot!.querySelector('.origin')!.getAttribute('href')).toBe(index[7].expected.url);
      expect(errors.seen).toEqual(['iframe-in-fallback']);
    } finally {
      errors.stop();
    }
    const iframe = code('facebook-post-iframe-2023.html');
    expect((await read(iframe)).url).toBe(index[7].expected.url);
    expect((await read(iframe.replace('www.facebook.com/plugins', 'facebook.com.evil.example/plugins'))).url).toBeUndefined();
    expect((await read(iframe.replace('href=https%3A%2F%2Fwww.facebook.com', 'href=https%3A%2F%2Fevil.example'))).url).toBeUndefined();
    expect((await read(iframe.replace('plugins/post.php', 'plugins/like.php'))).url).toBeUndefined();
    // The iframe sdk.js writes in the code's place (a page saved after it ran) names the plugin's version.
    expect((await read(iframe.replace('facebook.com/plugins', 'facebook.com/v19.0/plugins'))).url).toBe(index[7].expected.url);
    expect((await read(iframe.replace('facebook.com/plugins', 'facebook.com/evil/plugins'))).url).toBeUndefined();
  });

  test("two Facebook iframes in one element: the card quotes the first post's (as the first of two pasted X or Bluesky codes), a YouTube iframe before it is passed over; every iframe's address is reported", async () => {
    const plugin = (href: string) =>
      `<iframe src="https://www.facebook.com/plugins/post.php?href=${encodeURIComponent(href)}&amp;show_text=true&amp;width=500" width="500" height="400"></iframe>`;
    const [a, b] = ['https://www.facebook.com/a.page/posts/1', 'https://www.facebook.com/b.page/posts/2'];
    expect((await read(plugin(a) + plugin(b))).url).toBe(a);
    expect((await read(`<figure>${frame('yt')}</figure><figure>${plugin(b)}${plugin(a)}</figure>`)).url).toBe(b);
    const errors = postquoteErrors((e) => `${e.code} ${e.message}`);
    try {
      const el = await mount(`<post-quote>${frame('first')}${plugin(a)}${plugin(b)}</post-quote>`);
      expect(el.shadowRoot!.querySelector('.origin')!.getAttribute('href')).toBe(a);
      const srcs = [...el.querySelectorAll('iframe')].map((f) => f.src);
      expect(srcs).toHaveLength(3);
      expect(errors.seen).toEqual([
        `iframe-in-fallback ${srcs.join(' ')}`,
        'no-text an iframe holds no text: give it in a blockquote or inline JSON',
      ]);
    } finally {
      errors.stop();
    }
    // Two pasted X codes: the first is quoted, the second left in the light DOM.
    const x = (id: string, words: string) =>
      `<blockquote class="twitter-tweet"><p lang="en" dir="ltr">${words}</p>&mdash; A (@a) <a href="https://twitter.com/a/status/${id}">December 13, 2016</a></blockquote>`;
    expect(await read(x('808000000000000001', 'First') + x('808000000000000002', 'Second'))).toMatchObject({
      text: 'First',
      url: 'https://twitter.com/a/status/808000000000000001',
    });
  });

  test('a pasted iframe, directly in the element or wrapped by the CMS, is reported once with its address; none without one', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const errors = postquoteErrors((e) => `${e.code} ${e.message}`);
    try {
      for (const markup of [
        `<post-quote href="https://www.facebook.com/a/posts/1" author="A"><blockquote>hi</blockquote>${frame('fb')}</post-quote>`,
        `<video-appeal href="https://www.youtube.com/watch?v=dQw4w9WgXcQ" author="A"><figure><div>${frame('yt')}</div></figure></video-appeal>`,
        `<tweet-quote author="A"><blockquote>hi</blockquote>${frame('x')}</tweet-quote>`,
      ])
        await mount(markup);
      const reported = (n: string) => `iframe-in-fallback ${location.origin}/tests/fixtures/img/photo-800x600.png?frame=${n}`;
      expect(errors.seen).toEqual([reported('fb'), reported('yt'), reported('x')]);
      expect(warn.mock.calls.filter((c) => String(c[0]).startsWith('[postquote] iframe-in-fallback: '))).toHaveLength(3);
      errors.seen.length = 0;
      await mount(`<video-appeal href="https://www.youtube.com/watch?v=dQw4w9WgXcQ" author="A"><blockquote>hi</blockquote></video-appeal>`);
      expect(errors.seen).toEqual([]);
    } finally {
      errors.stop();
      warn.mockRestore();
    }
  });
});
