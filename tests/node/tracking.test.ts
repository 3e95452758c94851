// untrack(): what share links add to an address, dropped by the platform's own list; the rest kept as written.
import { describe, expect, test } from 'vitest';
import { platformById, platformIds, loadPlatform } from '../../src/platforms/index.js';
import { untrack, untrackPost } from '../../src/platforms/tracking.js';
import type { Post } from '../../src/model/post.js';

await Promise.all(platformIds.map((id) => loadPlatform(id)));
const on = (href: string, id: string) => untrack(href, platformById(id));

describe('untrack', () => {
  test.each([
    // [platform, given, kept]
    ['x', 'https://x.com/jack/status/20?s=46&t=Qx3hT9kLm2PzR7wYvB1nAg', 'https://x.com/jack/status/20'],
    ['x', 'https://x.com/search?q=%23Aleppo&src=typed_query&f=live', 'https://x.com/search?q=%23Aleppo&src=typed_query&f=live'],
    [
      'instagram',
      'https://www.instagram.com/reel/C1a2b3c4d5e/?igsh=MXh6cGJ4dG5rZ2N4Ng%3D%3D',
      'https://www.instagram.com/reel/C1a2b3c4d5e/',
    ],
    ['threads', 'https://www.threads.com/@zuck/post/C5Tabcdef12?xmt=AQGz&slof=1', 'https://www.threads.com/@zuck/post/C5Tabcdef12'],
    [
      'tiktok',
      'https://www.tiktok.com/@scout2015/video/6718335390845095173?is_from_webapp=1&sender_device=pc&lang=de',
      'https://www.tiktok.com/@scout2015/video/6718335390845095173?lang=de',
    ],
    [
      'youtube',
      'https://www.youtube.com/watch?v=dQw4w9WgXcQ&ab_channel=RickAstley&t=42s',
      'https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42s',
    ],
    ['vimeo', 'https://player.vimeo.com/video/76979871?h=8272103f6e&share=copy', 'https://player.vimeo.com/video/76979871?h=8272103f6e'],
    [
      'linkedin',
      'https://www.linkedin.com/posts/jane_activity-712-AbCd?trackingId=xYz&trk=feed',
      'https://www.linkedin.com/posts/jane_activity-712-AbCd',
    ],
    // Facebook: a known form keeps what names its post (an album's set, a photo's fbid, a comment), nothing else.
    ['facebook', 'https://www.facebook.com/media/set/?set=a.1016&type=3&__tn__=-UC', 'https://www.facebook.com/media/set/?set=a.1016'],
    ['facebook', 'https://www.facebook.com/photo/?fbid=10161&set=a.1016&__cft__[0]=AZX1q', 'https://www.facebook.com/photo/?fbid=10161'],
    ['facebook', 'https://fb.watch/oKq3xY7_z1/?mibextid=Nif5oz', 'https://fb.watch/oKq3xY7_z1/'],
    ['facebook', 'https://www.facebook.com/reel/1847?s=yWDuG2&fs=e#_=_', 'https://www.facebook.com/reel/1847'],
    // Any other form loses only the tracking names: a page's tab, a group post in its feed, the link shim's target stay.
    [
      'facebook',
      'https://www.facebook.com/harbourtide.ferries?sk=about&__tn__=%2Cd&ref=br_rs',
      'https://www.facebook.com/harbourtide.ferries?sk=about',
    ],
    [
      'facebook',
      'https://www.facebook.com/groups/1016/?multi_permalinks=3021&notif_id=1699&paipv=0&eav=AfZ3',
      'https://www.facebook.com/groups/1016/?multi_permalinks=3021',
    ],
    [
      'facebook',
      'https://l.facebook.com/l.php?u=https%3A%2F%2Fexample.org%2F&h=AT0&__tn__=-UK-R',
      'https://l.facebook.com/l.php?u=https%3A%2F%2Fexample.org%2F&h=AT0',
    ],
    // What is kept stays as written: its order, its encoding, a name without a value.
    ['telegram', 'https://t.me/durov/123?single&utm_source=x&comment=5', 'https://t.me/durov/123?single&comment=5'],
    [
      'web',
      'https://example.org/a?q=a%20b+c&utm_campaign=x&fbclid=IwAR0&gclid=Cj0&b=%E2%9C%93#top',
      'https://example.org/a?q=a%20b+c&b=%E2%9C%93#top',
    ],
    // An embed code's referral names the page it was embedded in: it goes on any site.
    ['web', 'https://example.org/story?ref_src=twsrc%5Etfw&id=3&ref_url=https%3A%2F%2Fnews.example%2Fa', 'https://example.org/story?id=3'],
    // A platform's names are its own: on another site (an archived copy) only utm_*, fbclid, gclid and the referral go.
    ['x', 'https://example.org/copy?s=20&t=5&utm_source=x', 'https://example.org/copy?s=20&t=5'],
    ['facebook', 'https://example.org/?ref=home&__tn__=x', 'https://example.org/?ref=home&__tn__=x'],
  ])('%s: %s', (id, given, kept) => expect(on(given, id)).toBe(kept));

  test('an address that is no absolute URL is returned as given', () => {
    for (const href of ['/posts/1?utm_source=x', 'rel?s=20', '#top']) expect(on(href, 'x')).toBe(href);
  });

  test("a post's own links and its quoted post's, each by its platform; a post without them is left alone", () => {
    const post: Post = {
      platform: 'x',
      url: 'https://x.com/jack/status/20?s=20',
      author: { name: 'Jack', url: 'https://x.com/jack?s=21' },
      quoted: {
        platform: 'youtube',
        url: 'https://youtu.be/dQw4w9WgXcQ?si=Qx3h',
        author: { url: 'https://www.youtube.com/@rick?si=Qx3h' },
      },
    };
    untrackPost(post);
    expect(post).toEqual({
      platform: 'x',
      url: 'https://x.com/jack/status/20',
      author: { name: 'Jack', url: 'https://x.com/jack' },
      quoted: { platform: 'youtube', url: 'https://youtu.be/dQw4w9WgXcQ', author: { url: 'https://www.youtube.com/@rick' } },
    });
    const bare: Post = { text: 'Fog.' };
    untrackPost(bare);
    expect(bare).toEqual({ text: 'Fog.' });
  });
});
