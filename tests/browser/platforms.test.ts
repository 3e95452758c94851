// Every platform in a real browser: label and icon on the card, handle formats, the Bluesky and
// Mastodon embed codes as pasted, Mastodon status JSON (HTML through the sanitizer, spoiler_text
// as the content warning), and hostile Mastodon HTML that must come out inert.
import { afterEach, describe, expect, test, vi } from 'vitest';
import { mount, part, cleanup, axeViolations, settle, visibleText } from './helpers.js';
import { platformById, platformIds, loadPlatform } from '../../src/platforms/index.js';
import blueskyEmbed from '../fixtures/platforms/bluesky-embed-kaspth-2025.html?raw';
import mastodonEmbed from '../fixtures/platforms/mastodon-embed-jsbarretto-2025.html?raw';
import gargron from '../fixtures/platforms/mastodon-status-docs-gargron.json';
import cwMedia from '../fixtures/platforms/mastodon-status-cw-media.json';
import hostile from '../fixtures/platforms/mastodon-hostile.json';
import bskyThread from '../fixtures/platforms/bluesky-thread-synthetic.json';
import xV2 from '../fixtures/x-api/v2-written-arabic-note-quote.json';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

// Every platform but X and `web` is an on-demand module: load them all to compare with the cards.
await Promise.all(platformIds.map((id) => loadPlatform(id)));
const platforms = platformIds.map((id) => platformById(id)!);

const json = (value: unknown) => `<script type="application/json">${JSON.stringify(value).replace(/</g, '\\u003c')}</script>`;

/** Waits until the sanitized platform HTML is in the card (DOMPurify is an on-demand chunk). */
async function withHtml(el: Element): Promise<HTMLElement> {
  await vi.waitFor(() => expect(el.shadowRoot!.querySelector('.text.html')).not.toBeNull(), { timeout: 10_000 });
  await settle(el);
  return el.shadowRoot!.querySelector<HTMLElement>('.text.html')!;
}

const postUrls: Record<string, string> = {
  x: 'https://x.com/AlabedBana/status/808644284496125952',
  bluesky: 'https://bsky.app/profile/kaspth.bsky.social/post/3lfb5zdb3p22z',
  mastodon: 'https://mastodon.social/@Gargron/103270115826048975',
  threads: 'https://www.threads.net/@zuck/post/C5Tabcdef12',
  instagram: 'https://www.instagram.com/p/C1a2b3c4d5e/',
  facebook: 'https://www.facebook.com/tagesschau/posts/pfbid02abc',
  telegram: 'https://t.me/durov/123',
  tiktok: 'https://www.tiktok.com/@scout2015/video/6718335390845095173',
  youtube: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
  linkedin: 'https://www.linkedin.com/posts/someone_activity-1234567890-abcd',
  vimeo: 'https://vimeo.com/76979871',
  web: 'https://example.com/blog/post',
};

describe('label and icon for every platform', () => {
  for (const pl of platforms) {
    test(`${pl.id}: from platform="${pl.id}" and inferred from href`, async () => {
      const attr = await mount(
        `<post-quote platform="${pl.id}" author="Demo Author" handle="demo_user" datetime="2024-03-05"><blockquote>hello</blockquote></post-quote>`,
      );
      const badge = part(attr, 'platform')!;
      expect(badge.textContent!.trim()).toBe(pl.id === 'x' ? 'X' : pl.label);
      expect(badge.querySelector('svg path')!.getAttribute('d')).toBe(pl.icon);
      expect(badge.querySelector('svg')!.getAttribute('aria-hidden')).toBe('true');
      const inferred = await mount(
        `<post-quote href="${postUrls[pl.id]}" author="Demo Author"><blockquote>hello</blockquote></post-quote>`,
      );
      expect(part(inferred, 'platform')!.querySelector('svg path')!.getAttribute('d')).toBe(pl.icon);
      if (pl.id !== 'web')
        expect(visibleText(inferred.shadowRoot!.querySelector('.origin')!)).toBe(
          `${['youtube', 'vimeo', 'tiktok'].includes(pl.id) ? 'Watch' : 'View'} on ${pl.id === 'x' ? 'X' : pl.label}`,
        );
      expect(await axeViolations(attr)).toEqual([]);
    });
  }

  test("every platform's icon draws about as much of the 24-unit box as X's, and the header row keeps its height", async () => {
    const drawn = async (id: string) => {
      const el = await mount(`<post-quote platform="${id}" author="Demo Author"><blockquote>hello</blockquote></post-quote>`);
      const box = part(el, 'platform')!.querySelector('path')!.getBBox();
      return { area: box.width * box.height, header: part(el, 'header')!.getBoundingClientRect().height };
    };
    const x = await drawn('x');
    for (const pl of platforms) {
      const d = await drawn(pl.id);
      // Within 15% of X's area (its 20 by 18 units): YouTube's logo, 20 by 14, looked a size smaller beside it.
      expect(Math.abs(d.area / x.area - 1), pl.id).toBeLessThan(0.15);
      expect(d.header, pl.id).toBe(x.header);
    }
  });

  test('handles as each platform writes them', async () => {
    const shown: Record<string, string> = {};
    for (const id of ['bluesky', 'mastodon', 'threads', 'tiktok', 'linkedin']) {
      const el = await mount(
        `<post-quote platform="${id}" href="${postUrls[id]}" author="Demo" handle="${id === 'bluesky' ? 'alice' : 'demo_user'}"><blockquote>x</blockquote></post-quote>`,
      );
      shown[id] = part(el, 'handle')!.textContent!;
    }
    expect(shown).toEqual({
      bluesky: '@alice.bsky.social',
      mastodon: '@demo_user@mastodon.social',
      threads: '@demo_user',
      tiktok: '@demo_user',
      linkedin: 'demo_user',
    });
  });

  test('Mastodon mentions and hashtags in plain text link to the right instance', async () => {
    const el = await mount(
      `<post-quote href="https://chaos.social/@a/1" author="A"><blockquote>Hi @friend@social.coop and @local, see #Aleppo</blockquote></post-quote>`,
    );
    const hrefs = [...part(el, 'text')!.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(['https://social.coop/@friend', 'https://chaos.social/@local', 'https://chaos.social/tags/Aleppo']);
  });

  test('Bluesky mentions in plain text are domain handles; X mentions stop at a dot', async () => {
    const bsky = await mount(
      `<post-quote href="https://bsky.app/profile/a.bsky.social/post/3k" author="A"><blockquote>Thanks @alice.bsky.social and @bob. #Rhein</blockquote></post-quote>`,
    );
    const links = [...part(bsky, 'text')!.querySelectorAll('a')].map((a) => [a.textContent, a.getAttribute('href')]);
    expect(links).toEqual([
      ['@alice.bsky.social', 'https://bsky.app/profile/alice.bsky.social'],
      ['#Rhein', 'https://bsky.app/hashtag/Rhein'],
    ]);
    const x = await mount(
      `<tweet-quote href="https://x.com/a/status/1" author="A"><blockquote>cc @jack.Then more</blockquote></tweet-quote>`,
    );
    expect([...part(x, 'text')!.querySelectorAll('a')].map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['@jack', 'https://x.com/jack'],
    ]);
  });

  test('a fediverse handle (@user@instance) in an X, Instagram or Facebook post is left as text, as X does, not linked to a profile that does not exist', async () => {
    for (const href of [
      'https://x.com/a/status/1',
      'https://www.instagram.com/p/C1a2b3c4d5e/',
      'https://www.facebook.com/tagesschau/posts/pfbid02abc',
    ]) {
      const el = await mount(
        `<post-quote href="${href}" author="A"><blockquote>Now at @jack@mastodon.social, ask @bob</blockquote></post-quote>`,
      );
      expect(
        [...part(el, 'text')!.querySelectorAll('a')].map((a) => a.textContent),
        href,
      ).toEqual(['@bob']);
      expect(part(el, 'text')!.textContent).toBe('Now at @jack@mastodon.social, ask @bob');
    }
  });

  test("Instagram, Threads and TikTok mentions keep the dots in the username (@nat.geo.travel), not the sentence's last one", async () => {
    const cases = [
      ['https://www.instagram.com/p/C1a2b3c4d5e/', 'https://www.instagram.com/nat.geo.travel'],
      ['https://www.threads.com/@zuck/post/C5Tabcdef12', 'https://www.threads.com/@nat.geo.travel'],
      ['https://www.tiktok.com/@scout2015/video/6718335390845095173', 'https://www.tiktok.com/@nat.geo.travel'],
    ];
    for (const [href, profile] of cases) {
      const el = await mount(
        `<post-quote href="${href}" author="A"><blockquote>Photo: @nat.geo.travel. Thanks @bob_1!</blockquote></post-quote>`,
      );
      expect(
        [...part(el, 'text')!.querySelectorAll('a')].map((a) => [a.textContent, a.getAttribute('href')]),
        href,
      ).toEqual([
        ['@nat.geo.travel', profile],
        ['@bob_1', profile.replace('nat.geo.travel', 'bob_1')],
      ]);
    }
  });
});

// A post's address as an editor pastes it from a share sheet or the address bar, in `href` (or JSON):
// the card's "View on …" link and the text's cite lose what the share link added for tracking, and
// only that. [given, what the card links]
const shareLinks: [string, string][] = [
  [
    'https://x.com/AlabedBana/status/808644284496125952?s=20&t=Qx3hT9kLm2PzR7wYvB1nAg',
    'https://x.com/AlabedBana/status/808644284496125952',
  ],
  [
    'https://twitter.com/AlabedBana/status/808644284496125952?ref_src=twsrc%5Etfw%7Ctwcamp%5Etweetembed',
    'https://twitter.com/AlabedBana/status/808644284496125952',
  ],
  ['https://www.instagram.com/p/C1a2b3c4d5e/?igsh=MXh6cGJ4dG5rZ2N4Ng==', 'https://www.instagram.com/p/C1a2b3c4d5e/'],
  [
    'https://www.instagram.com/reel/C1a2b3c4d5e/?utm_source=ig_web_copy_link&igshid=MzRlODBiNWFlZA==',
    'https://www.instagram.com/reel/C1a2b3c4d5e/',
  ],
  // A carousel's photo is part of the address.
  ['https://www.instagram.com/p/C1a2b3c4d5e/?img_index=3&igsh=MXh6cGJ4', 'https://www.instagram.com/p/C1a2b3c4d5e/?img_index=3'],
  ['https://www.threads.net/@zuck/post/C5Tabcdef12?xmt=AQGzK3vLm2PzR7wYvB1nAg', 'https://www.threads.net/@zuck/post/C5Tabcdef12'],
  ['https://www.threads.com/@zuck/post/C5Tabcdef12?xmt=AQGz&slof=1', 'https://www.threads.com/@zuck/post/C5Tabcdef12'],
  [
    'https://www.tiktok.com/@scout2015/video/6718335390845095173?is_from_webapp=1&sender_device=pc&web_id=7312345678901234567',
    'https://www.tiktok.com/@scout2015/video/6718335390845095173',
  ],
  [
    'https://www.tiktok.com/@scout2015/video/6718335390845095173?_r=1&_t=8kLm2PzR7wY',
    'https://www.tiktok.com/@scout2015/video/6718335390845095173',
  ],
  ['https://youtu.be/dQw4w9WgXcQ?si=Qx3hT9kLm2PzR7wY', 'https://youtu.be/dQw4w9WgXcQ'],
  // The video, the moment and the playlist are the address; a share's feature and si, a search's pp are not.
  ['https://www.youtube.com/watch?v=dQw4w9WgXcQ&feature=share&t=42', 'https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42'],
  [
    'https://www.youtube.com/watch?v=dQw4w9WgXcQ&list=PLx0sYbCqOb8TBPRdmBHs5Iftvv9TPboYG&index=2&pp=iAQB&si=Qx3hT9kLm2PzR7wY',
    'https://www.youtube.com/watch?v=dQw4w9WgXcQ&list=PLx0sYbCqOb8TBPRdmBHs5Iftvv9TPboYG&index=2',
  ],
  ['https://youtube.com/shorts/aBcD3fGh1jK?feature=share', 'https://youtube.com/shorts/aBcD3fGh1jK'],
  [
    'https://www.linkedin.com/posts/jane-doe_climate-activity-7123456789012345678-AbCd?utm_source=share&utm_medium=member_desktop&rcm=ACoAAB1cD2E',
    'https://www.linkedin.com/posts/jane-doe_climate-activity-7123456789012345678-AbCd',
  ],
  [
    'https://www.linkedin.com/feed/update/urn:li:activity:7123456789012345678/?trk=public_post_embed&lipi=urn%3Ali%3Apage%3Ad_flagship3',
    'https://www.linkedin.com/feed/update/urn:li:activity:7123456789012345678/',
  ],
  [
    'https://www.facebook.com/harbourtide.ferries/posts/pfbid02Lm8?__cft__[0]=AZX1q&__tn__=%2CO%2CP-R&mibextid=Nif5oz',
    'https://www.facebook.com/harbourtide.ferries/posts/pfbid02Lm8',
  ],
  ['https://www.facebook.com/media/set/?set=a.1016&type=3&mibextid=Nif5oz', 'https://www.facebook.com/media/set/?set=a.1016'],
  // A comment's link names the comment (Facebook's own comment embed uses it).
  [
    'https://www.facebook.com/zuck/posts/10102735452532991?comment_id=1070233703036185&__tn__=R*F',
    'https://www.facebook.com/zuck/posts/10102735452532991?comment_id=1070233703036185',
  ],
  ['https://vimeo.com/76979871?share=copy', 'https://vimeo.com/76979871'],
  ['https://vimeo.com/76979871/8272103f6e?fl=sv&fe=ci', 'https://vimeo.com/76979871/8272103f6e'],
  [
    'https://bsky.app/profile/kaspth.bsky.social/post/3lfb5zdb3p22z?ref_src=embed',
    'https://bsky.app/profile/kaspth.bsky.social/post/3lfb5zdb3p22z',
  ],
  ['https://mastodon.social/@Gargron/103270115826048975?utm_source=newsletter', 'https://mastodon.social/@Gargron/103270115826048975'],
  ['https://t.me/durov/123?single&utm_source=share', 'https://t.me/durov/123?single'],
  // Any site: the campaign and click tags go, its own query stays.
  ['https://example.com/blog/post?id=7&utm_source=twitter&utm_medium=social&fbclid=IwAR0xYz', 'https://example.com/blog/post?id=7'],
];

describe("a share link's tracking is no part of the post's address", () => {
  test.each(shareLinks)('%s', async (given, linked) => {
    const el = await mount(`<post-quote href="${given.replaceAll('&', '&amp;')}" author="A"><blockquote>Fog.</blockquote></post-quote>`);
    expect(el.shadowRoot!.querySelector('.origin')!.getAttribute('href')).toBe(linked);
    expect(part(el, 'text')!.getAttribute('cite')).toBe(linked);
  });

  test("the same in inline JSON, for a quoted post, and for the author's profile link", async () => {
    const [x, tracked] = shareLinks[0];
    const el = await mount(
      `<post-quote>${json({ text: 'Fog.', url: x, author: { name: 'A', url: 'https://x.com/AlabedBana?s=21&t=Qx3h' }, quoted: { text: 'Mist.', url: shareLinks[9][0] } })}</post-quote>`,
    );
    expect(part(el, 'card')!.querySelector(':scope > .footer .origin')!.getAttribute('href')).toBe(tracked);
    expect(part(el, 'author')!.querySelector('a')!.getAttribute('href')).toBe('https://x.com/AlabedBana');
    expect(part(el, 'quoted')!.querySelector('.origin')!.getAttribute('href')).toBe(shareLinks[9][1]);
  });

  test('a platform\'s names are its own: on another site (an archived copy with platform="x") they stay', async () => {
    const el = await mount(
      `<post-quote platform="x" href="https://example.org/copy?s=20&amp;t=5&amp;utm_source=x" author="A"><blockquote>Fog.</blockquote></post-quote>`,
    );
    expect(el.shadowRoot!.querySelector('.origin')!.getAttribute('href')).toBe('https://example.org/copy?s=20&t=5');
  });
});

describe('a video platform\'s link says "Watch on", a post\'s "View on", from the address alone', () => {
  const watch = { en: 'Watch on', de: 'ansehen', fr: 'Regarder sur', es: 'Ver en', ar: 'المشاهدة على' };
  const view = { en: 'View on', de: 'ansehen', fr: 'Voir sur', es: 'Ver en', ar: 'عرض على' };
  const cases: [string, typeof watch][] = [
    ['https://www.youtube.com/watch?v=dQw4w9WgXcQ', watch],
    ['https://youtu.be/dQw4w9WgXcQ', watch],
    ['https://www.youtube.com/shorts/aBcD3fGh1jK', watch],
    ['https://www.youtube.com/live/aBcD3fGh1jK', watch],
    // YouTube's community posts and a channel are no videos.
    ['https://www.youtube.com/post/UgkxAbCdEfGhIjKlMnOpQrStUvWxYz', view],
    ['https://www.youtube.com/@tagesschau', view],
    ['https://vimeo.com/76979871', watch],
    ['https://player.vimeo.com/video/76979871?h=8272103f6e', watch],
    ['https://www.tiktok.com/@scout2015/video/6718335390845095173', watch],
    ['https://vm.tiktok.com/ZMhvqK3Lp/', watch],
    // A TikTok photo post.
    ['https://www.tiktok.com/@scout2015/photo/7312345678901234567', view],
    ['https://www.instagram.com/reel/C1a2b3c4d5e/', watch],
    ['https://www.instagram.com/p/C1a2b3c4d5e/', view],
    ['https://x.com/AlabedBana/status/808644284496125952', view],
  ];
  // German and Spanish say "ansehen" and "Ver en" for both, as YouTube's own German and Spanish do.
  test('in every language with a catalog', async () => {
    for (const lang of ['en', 'de', 'fr', 'es', 'ar'] as const)
      for (const [href, words] of cases) {
        const el = await mount(`<post-quote href="${href}" author="A"><blockquote>Fog.</blockquote></post-quote>`, lang);
        const label = part(el, 'platform')!.textContent!.trim();
        expect(visibleText(el.shadowRoot!.querySelector('.origin')!), `${lang} ${href}`).toBe(
          lang === 'de' ? `Auf ${label} ${words.de}` : `${words[lang]} ${label}`,
        );
        cleanup();
      }
  });
});

describe('mentions never name another account than the one written', () => {
  const links = (el: HTMLElement) => [...part(el, 'text')!.querySelectorAll('a')].map((a) => [a.textContent, a.getAttribute('href')]);

  test('Facebook usernames hold dots and YouTube handles dots and hyphens: the mention runs through them, not to @john or @tages', async () => {
    const fb = await mount(
      `<post-quote href="${postUrls.facebook}" author="A"><blockquote>Thanks @john.smith.5 and @tagesschau.</blockquote></post-quote>`,
    );
    expect(links(fb)).toEqual([
      ['@john.smith.5', 'https://www.facebook.com/john.smith.5'],
      ['@tagesschau', 'https://www.facebook.com/tagesschau'],
    ]);
    const yt = await mount(
      `<post-quote href="${postUrls.youtube}" author="A"><blockquote>Mit @tages-schau und @ard.text!</blockquote></post-quote>`,
    );
    expect(links(yt)).toEqual([
      ['@tages-schau', 'https://www.youtube.com/@tages-schau'],
      ['@ard.text', 'https://www.youtube.com/@ard.text'],
    ]);
  });

  test('a Telegram username runs to its 32 characters, and a name longer than the platform allows links nowhere, not to its first 30', async () => {
    const name = 'telegram_channel_with_32_chars_x'; // 32: Telegram's maximum (X allows 15, Mastodon 30)
    const tg = await mount(`<post-quote href="${postUrls.telegram}" author="A"><blockquote>Via @${name}.</blockquote></post-quote>`);
    expect(links(tg)).toEqual([['@' + name, 'https://t.me/' + name]]);
    const x = await mount(
      `<post-quote href="${postUrls.x}" author="A"><blockquote>Via @${name}_and_more and @jack</blockquote></post-quote>`,
    );
    expect(links(x)).toEqual([['@jack', 'https://x.com/jack']]);
  });

  test('LinkedIn links no typed @name (its mentions are names; /in/jane would be a stranger): left as text; hashtags stay links', async () => {
    const el = await mount(
      `<post-quote href="${postUrls.linkedin}" author="A"><blockquote>Thanks @jane-doe and @Jack! #hiring</blockquote></post-quote>`,
    );
    expect(links(el)).toEqual([['#hiring', 'https://www.linkedin.com/feed/hashtag/hiring']]);
  });
});

describe('Bluesky embed code as pasted (kaspth/oaken README)', () => {
  test('author, handle, day, link without ref_src, language, text with its link', async () => {
    const el = await mount(`<post-quote>${blueskyEmbed}</post-quote>`);
    expect(part(el, 'platform')!.textContent!.trim()).toBe('Bluesky');
    expect(part(el, 'author')!.textContent).toBe('Kasper Timm Hansen');
    expect(part(el, 'handle')!.textContent).toBe('@kaspth.bsky.social');
    expect(el.shadowRoot!.querySelector('time')!.getAttribute('datetime')).toBe('2025-01-08');
    expect(el.shadowRoot!.querySelector('.origin')!.getAttribute('href')).toBe(
      'https://bsky.app/profile/did:plc:ps3ygxhsn4khcrxeutdosdqk/post/3lfb5zdb3p22z',
    );
    const text = part(el, 'text')!;
    expect(text.getAttribute('lang')).toBe('en');
    expect(text.textContent).toMatch(/^It's @erikaxel\.bsky\.social's team!/);
    expect(text.textContent).toContain('test suite.\n\nAnd that');
    // Its "[image or embed]" link leads to the post, without the embed's referral either.
    expect([...text.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toContain(
      'https://bsky.app/profile/did:plc:ps3ygxhsn4khcrxeutdosdqk/post/3lfb5zdb3p22z',
    );
    expect(text.querySelector('a[href*="ref_src"]')).toBeNull();
    expect(await axeViolations(el)).toEqual([]);
  });

  test('the later form (name inside the profile link, no lang); a time of day in the date is dropped, not guessed', async () => {
    // Written after the form in bagrounds' pages: "&mdash; <a>Name (@handle)</a> <a>date</a>".
    const el = await mount(
      `<post-quote><blockquote class="bluesky-embed" data-bluesky-uri="at://did:plc:abc/app.bsky.feed.post/3kxyz"><p>Line one\nLine two</p>&mdash; <a href="https://bsky.app/profile/did:plc:abc?ref_src=embed">Some One (@some.one)</a> <a href="https://bsky.app/profile/did:plc:abc/post/3kxyz?ref_src=embed">Apr 25, 2024 at 20:18</a></blockquote></post-quote>`,
    );
    expect(part(el, 'author')!.textContent).toBe('Some One');
    expect(part(el, 'handle')!.textContent).toBe('@some.one');
    expect(el.shadowRoot!.querySelector('time')!.getAttribute('datetime')).toBe('2024-04-25');
    expect(part(el, 'text')!.hasAttribute('lang')).toBe(false);
    expect(part(el, 'text')!.textContent).toBe('Line one\nLine two');
  });

  test('without an attribution line the post link comes from data-bluesky-uri', async () => {
    const el = await mount(
      `<post-quote><blockquote class="bluesky-embed" data-bluesky-uri="at://did:plc:abc/app.bsky.feed.post/3kxyz"><p lang="de">Nur Text</p></blockquote></post-quote>`,
    );
    expect(el.shadowRoot!.querySelector('.origin')!.getAttribute('href')).toBe('https://bsky.app/profile/did:plc:abc/post/3kxyz');
    expect(part(el, 'text')!.getAttribute('lang')).toBe('de');
  });

  test('a Bluesky thread JSON renders text with byte-offset facets as links, images and the quoted post', async () => {
    const el = await mount(`<post-quote>${json(bskyThread)}</post-quote>`, 'de');
    // The post carries a graphic-media label: it sits behind the content warning until revealed.
    (part(el, 'warning') as HTMLDetailsElement).open = true;
    await vi.waitFor(() => expect(part(el, 'text')).not.toBeNull());
    await settle(el);
    expect(el.shadowRoot!.querySelectorAll('img.m')).toHaveLength(2);
    expect(part(el, 'quoted')!.textContent).toContain('Pegel steigt weiter.');
    const links = [...part(el, 'text')!.querySelectorAll('a')].map((a) => [a.textContent, a.getAttribute('href')]);
    expect(links).toEqual([
      ['example.org/bericht', 'https://example.org/bericht'],
      ['#Rheinpegel', 'https://bsky.app/hashtag/Rheinpegel'],
      ['@alice.example.com', 'https://bsky.app/profile/did:plc:fixturealice000000000000'],
    ]);
  });
});

describe('Mastodon embed code as pasted (Difegue/TVC-16)', () => {
  test('alone it has no text: the fallback stays, the pasted script is never loaded', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const el = await mount(`<post-quote>${mastodonEmbed}</post-quote>`);
    expect(el.shadowRoot!.querySelector('figure')).toBeNull();
    expect(el.shadowRoot!.querySelector('slot')).not.toBeNull();
    expect(performance.getEntriesByType('resource').some((e) => e.name.includes('social.coop'))).toBe(false);
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/^\[postquote\] no-content/);
  });

  test('with text from the page: Mastodon, @user@instance from "Post by …", the post link', async () => {
    const el = await mount(
      `<post-quote author="J. S. Barretto">${mastodonEmbed}${json({ text: 'Text the newsroom copied.' })}</post-quote>`,
    );
    expect(part(el, 'platform')!.textContent!.trim()).toBe('Mastodon');
    expect(part(el, 'handle')!.textContent).toBe('@jsbarretto@social.coop');
    expect(el.shadowRoot!.querySelector('.origin')!.getAttribute('href')).toBe('https://social.coop/@jsbarretto/115624517760498357');
  });
});

describe('Mastodon embed code whose link is off the instance its handle names', () => {
  test('gets no "View on Mastodon" link: it would lead to any site under the name of @user@instance', async () => {
    const origin = async (code: string) =>
      (await mount(`<post-quote>${code}${json({ text: 'Text the newsroom copied.' })}</post-quote>`))
        .shadowRoot!.querySelector('.origin')
        ?.getAttribute('href');
    const post = 'https://social.coop/@jsbarretto/115624517760498357';
    expect(await origin(mastodonEmbed.replaceAll(post, 'https://evil.example/login'))).toBeUndefined();
    expect(await origin(mastodonEmbed.replaceAll(post, 'https://social.coop.evil.example/@jsbarretto/1'))).toBeUndefined();
    // A web domain under the handle's (@user@example.org served from social.example.org) is the instance's own.
    expect(
      await origin(mastodonEmbed.replaceAll('social.coop', 'social.example.org').replace('@social.example.org<', '@example.org<')),
    ).toBe('https://social.example.org/@jsbarretto/115624517760498357');
    // No handle to check it against: no link either.
    expect(await origin(mastodonEmbed.replace('Post by @jsbarretto@social.coop', 'Post'))).toBeUndefined();
  });
});

describe('Mastodon status JSON', () => {
  test('the documentation example: sanitized HTML, links forced to rel="noopener noreferrer nofollow ugc"', async () => {
    const el = await mount(`<post-quote>${json(gargron)}</post-quote>`);
    const html = await withHtml(el);
    expect(html.textContent).toContain('"I lost my inheritance with one wrong digit on my sort code"');
    const a = html.querySelector('a')!;
    expect(a.getAttribute('rel')).toBe('noopener noreferrer nofollow ugc');
    expect(a.getAttribute('target')).toBe('_blank');
    expect(a.getAttribute('href')).toMatch(/^https:\/\/www\.theguardian\.com\//);
    expect(html.querySelector('.invisible')).not.toBeNull();
    expect(part(el, 'handle')!.textContent).toBe('@Gargron@mastodon.social');
    expect(part(el, 'counts')!.textContent).toContain('6 shares');
    expect(await axeViolations(el)).toEqual([]);
  });

  test('spoiler_text and sensitive become the content warning: text and image appear only after reveal', async () => {
    const el = await mount(`<post-quote>${json(cwMedia)}</post-quote>`);
    const warning = part(el, 'warning') as HTMLDetailsElement;
    expect(warning.querySelector('summary')!.textContent).toContain('Slightly lewd');
    expect(el.shadowRoot!.querySelector('.text')).toBeNull();
    expect(el.shadowRoot!.querySelector('img.m')).toBeNull();
    warning.open = true;
    await vi.waitFor(() => expect(el.shadowRoot!.querySelector('.text')).not.toBeNull());
    await withHtml(el);
    expect(el.shadowRoot!.querySelector('img.m')!.getAttribute('alt')).toContain('random word generator');
  });
});

describe('X API v2 JSON', () => {
  test('a {data, includes} response as inline JSON: name, handle, linked text, photo alt, counts with views, the quoted post', async () => {
    const el = await mount(`<post-quote>${json(xV2)}</post-quote>`);
    expect(part(el, 'author')!.textContent).toContain('Newsroom Desk عربي');
    expect(part(el, 'handle')!.textContent).toBe('@newsdesk');
    const text = el.shadowRoot!.querySelector('[part~="text"]')!;
    expect(text.textContent).toContain('والتفاصيل الكاملة في الخيط 👇🏽');
    const links = [...text.querySelectorAll('a')].map((a) => [a.textContent, a.getAttribute('href')]);
    expect(links).toContainEqual(['example.org/ar/elections-2…', 'https://example.org/ar/elections-2024']);
    expect(links).toContainEqual(['#الأردن', 'https://x.com/hashtag/%D8%A7%D9%84%D8%A3%D8%B1%D8%AF%D9%86']);
    expect(el.shadowRoot!.querySelector('img.m')!.getAttribute('alt')).toBe('طوابير الناخبين أمام مركز اقتراع في عمّان');
    const counts = part(el, 'counts')!.textContent!;
    expect(counts).toContain('310 likes');
    expect(counts).toMatch(/48,211 views|48K views/);
    const quoted = part(el, 'quoted')!;
    expect(quoted.querySelector('[part~="handle"]')!.textContent).toBe('@datadesk');
    expect(quoted.textContent).toContain('Turnout by district, 2020 vs 2024');
    expect(el.shadowRoot!.querySelector('a[href="https://x.com/newsdesk/status/1800000000000000001"]')).not.toBeNull();
  });
});

describe('hostile Mastodon HTML comes out inert', () => {
  const allowedTags = new Set([
    'P',
    'BR',
    'A',
    'SPAN',
    'STRONG',
    'EM',
    'B',
    'I',
    'U',
    'S',
    'DEL',
    'CODE',
    'PRE',
    'UL',
    'OL',
    'LI',
    'BLOCKQUOTE',
  ]);
  const allowedAttrs = new Set(['href', 'lang', 'dir', 'class', 'title', 'rel', 'target']);
  const w = window as unknown as { __pq_pwned?: unknown };

  /** Every way the sanitized fragment could still act: a foreign element, attribute, URL or rel. */
  function problems(root: Element): string[] {
    const out: string[] = [];
    for (const node of root.querySelectorAll('*')) {
      if (!allowedTags.has(node.tagName)) out.push(`element <${node.tagName.toLowerCase()}>`);
      for (const a of node.attributes) {
        // The one attribute the card sets with a value of its own: a link's new-tab description.
        if (!allowedAttrs.has(a.name) && !(a.name === 'aria-describedby' && a.value === 'nt'))
          out.push(`attribute ${a.name} on <${node.tagName.toLowerCase()}>`);
        if (a.name === 'href' && !/^(https?:|mailto:)/i.test(a.value)) out.push(`href ${a.value}`);
        if (/evil\.example/.test(a.value)) out.push(`evil URL in ${a.name}`);
      }
      if (
        node.tagName === 'A' &&
        (node.getAttribute('rel') !== 'noopener noreferrer nofollow ugc' || node.getAttribute('target') !== '_blank')
      )
        out.push(`link rel="${node.getAttribute('rel')}" target="${node.getAttribute('target')}"`);
    }
    return out;
  }

  test('detector self-test: the same checks flag raw markup, and the canary can fire', async () => {
    const raw = document.createElement('div');
    raw.innerHTML =
      '<p><a href="javascript:x" onclick="y">a</a><img src="/nothing.png" onerror="window.__pq_pwned=\'self-test\'"><style></style></p>';
    document.body.append(raw);
    expect(problems(raw)).toEqual(
      expect.arrayContaining(['href javascript:x', 'attribute onclick on <a>', 'element <img>', 'element <style>']),
    );
    await vi.waitFor(() => expect(w.__pq_pwned).toBe('self-test'));
    delete w.__pq_pwned;
  });

  for (const c of hostile.cases) {
    test(c.title, async () => {
      const el = await mount(`<post-quote>${json({ ...gargron, content: c.content })}</post-quote>`);
      const html = await withHtml(el);
      await new Promise((r) => setTimeout(r, 50)); // let any handler or load that slipped through run
      expect(problems(html)).toEqual([]);
      expect(
        el.shadowRoot!.querySelectorAll(
          'script, style:not([data-lit]), iframe, object, embed, form, svg:not(.icon), math, img:not([part~="avatar"] img), video, audio, link, meta, base, template, details',
        ).length,
      ).toBe(0);
      expect(w.__pq_pwned).toBeUndefined();
      expect(html.textContent!.replace(/\s+/g, ' ')).toContain(c.keeps);
      expect(performance.getEntriesByType('resource').filter((e) => e.name.includes('evil.example'))).toEqual([]);
    });
  }
});

test('platformById knows every registered id', () => {
  for (const pl of platforms) expect(platformById(pl.id)).toBe(pl);
});
