// Player URLs are built only from validated ids; provider and id are inferred from post URLs.
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { playerUrl, videoIds, videoOfUrl } from '../../src/video/providers.js';

const cases: { title: string; href: string; expected: ReturnType<typeof videoOfUrl> }[] = [
  {
    title: 'watch, with a start time',
    href: 'https://www.youtube.com/watch?v=M7lc1UVf-VE&t=12',
    expected: { provider: 'youtube', id: 'M7lc1UVf-VE', portrait: false, start: 12 },
  },
  {
    title: 'start time 1m30s after another parameter',
    href: 'https://youtu.be/M7lc1UVf-VE?si=x&t=1m30s',
    expected: { provider: 'youtube', id: 'M7lc1UVf-VE', start: 90 },
  },
  {
    title: 'start after #',
    href: 'https://youtu.be/M7lc1UVf-VE#t=1h2m3s',
    expected: { provider: 'youtube', id: 'M7lc1UVf-VE', start: 3723 },
  },
  {
    title: 'start= on an embed',
    href: 'https://www.youtube.com/embed/M7lc1UVf-VE?start=42&rel=0',
    expected: { provider: 'youtube', id: 'M7lc1UVf-VE', portrait: false, start: 42 },
  },
  {
    title: 'not a start time: 0',
    href: 'https://youtu.be/M7lc1UVf-VE?ut=5&t=soon',
    expected: { provider: 'youtube', id: 'M7lc1UVf-VE', start: 0 },
  },
  { title: 'no start time', href: 'https://youtu.be/M7lc1UVf-VE?ut=5', expected: { provider: 'youtube', id: 'M7lc1UVf-VE' } },
  {
    title: 'vimeo #t=',
    href: 'https://vimeo.com/76979871#t=1m5s',
    expected: { provider: 'vimeo', id: '76979871', hash: '', start: 65 },
  },
  {
    title: 'mobile watch',
    href: 'https://m.youtube.com/watch?v=M7lc1UVf-VE',
    expected: { provider: 'youtube', id: 'M7lc1UVf-VE', portrait: false },
  },
  { title: 'short link', href: 'https://youtu.be/M7lc1UVf-VE?si=abc', expected: { provider: 'youtube', id: 'M7lc1UVf-VE' } },
  {
    title: 'shorts are portrait',
    href: 'https://youtube.com/shorts/M7lc1UVf-VE',
    expected: { provider: 'youtube', id: 'M7lc1UVf-VE', portrait: true },
  },
  {
    title: 'nocookie embed',
    href: 'https://www.youtube-nocookie.com/embed/M7lc1UVf-VE',
    expected: { provider: 'youtube', id: 'M7lc1UVf-VE', portrait: false },
  },
  { title: 'vimeo', href: 'https://vimeo.com/76979871', expected: { provider: 'vimeo', id: '76979871', hash: '' } },
  { title: 'vimeo player', href: 'https://player.vimeo.com/video/76979871', expected: { provider: 'vimeo', id: '76979871', hash: null } },
  {
    title: 'vimeo unlisted',
    href: 'https://vimeo.com/76979871/abcdef1234',
    expected: { provider: 'vimeo', id: '76979871', hash: 'abcdef1234' },
  },
  {
    title: 'vimeo player, unlisted',
    href: 'https://player.vimeo.com/video/76979871?h=abcdef1234&badge=0',
    expected: { provider: 'vimeo', id: '76979871', hash: 'abcdef1234' },
  },
  {
    title: 'playlist player: not a video',
    href: 'https://www.youtube.com/embed/videoseries?list=PLx0sYbCqOb8TBPRdmBHs5Iftvv9TPboYG',
    expected: undefined,
  },
  { title: 'youtube channel', href: 'https://www.youtube.com/@someone', expected: undefined },
  { title: 'id too long', href: 'https://youtu.be/M7lc1UVf-VEQ', expected: undefined },
  { title: 'lookalike host', href: 'https://youtube.com.evil.example/watch?v=M7lc1UVf-VE', expected: undefined },
  { title: 'vimeo channel', href: 'https://vimeo.com/channels/staffpicks', expected: undefined },
  // A video seen in a channel, group, album or showcase has its address there: the card linked out.
  {
    title: 'vimeo video in a channel',
    href: 'https://vimeo.com/channels/staffpicks/76979871#t=5',
    expected: { provider: 'vimeo', id: '76979871', hash: '', start: 5 },
  },
  {
    title: 'vimeo video in a group',
    href: 'https://vimeo.com/groups/shortfilms/videos/76979871',
    expected: { provider: 'vimeo', id: '76979871', hash: '' },
  },
  {
    title: 'vimeo video in an album',
    href: 'https://vimeo.com/album/1234/video/76979871',
    expected: { provider: 'vimeo', id: '76979871', hash: '' },
  },
  {
    title: 'vimeo video in a showcase',
    href: 'https://vimeo.com/showcase/1234/video/76979871/',
    expected: { provider: 'vimeo', id: '76979871', hash: '' },
  },
  { title: 'vimeo album', href: 'https://vimeo.com/album/1234', expected: undefined },
  { title: 'vimeo group videos', href: 'https://vimeo.com/groups/shortfilms/videos', expected: undefined },
  { title: 'vimeo: not an id', href: 'https://vimeo.com/76979871abc', expected: undefined },
  { title: 'x', href: 'https://x.com/LinaShamy/status/1', expected: undefined },
  { title: 'not a URL', href: 'youtube.com/watch?v=M7lc1UVf-VE', expected: undefined },
];

describe('videoOfUrl', () => {
  // No start time is null, as no hash is: written as an absent one here.
  const start = (v: ReturnType<typeof videoOfUrl>) => v && { ...v, start: v.start ?? undefined };
  for (const c of cases) test(c.title, () => expect(start(videoOfUrl(c.href))).toEqual(c.expected));
});

describe('playerUrl', () => {
  test('YouTube: youtube-nocookie.com, autoplay, start', () => {
    expect(playerUrl('youtube', 'M7lc1UVf-VE', 12.7)).toBe(
      'https://www.youtube-nocookie.com/embed/M7lc1UVf-VE?autoplay=1&enablejsapi=1&start=12',
    );
  });

  test('Vimeo: dnt=1, #t=…s only when starting later', () => {
    expect(playerUrl('vimeo', '76979871')).toBe('https://player.vimeo.com/video/76979871?autoplay=1&dnt=1');
    expect(playerUrl('vimeo', '76979871', 39)).toBe('https://player.vimeo.com/video/76979871?autoplay=1&dnt=1#t=39s');
  });

  test("Vimeo: an unlisted video's hash as h=", () => {
    expect(playerUrl('vimeo', '76979871', 39, 'abcdef1234')).toBe(
      'https://player.vimeo.com/video/76979871?h=abcdef1234&autoplay=1&dnt=1#t=39s',
    );
  });

  test('ids with quotes, spaces, slashes or URLs are rejected', () => {
    for (const id of [
      'M7lc1UVf-V"',
      "M7lc1UVf-V'",
      'M7lc1U Vf-V',
      'M7lc1UVf-VE\n',
      'videoseries',
      '../../../xx',
      'https://a.b',
      '?autoplay=0',
      '#M7lc1UVf-V',
      '',
    ])
      expect(playerUrl('youtube', id), JSON.stringify(id)).toBeUndefined();
    for (const id of ['1 2', '12/34', '12?x', '-1', '1e5', '１２３', '123456789012345', ''])
      expect(playerUrl('vimeo', id), JSON.stringify(id)).toBeUndefined();
  });

  test('property: any string either is rejected or yields exactly one player path on the fixed host', () => {
    const host = { youtube: 'www.youtube-nocookie.com', vimeo: 'player.vimeo.com' } as const;
    const prefix = { youtube: '/embed/', vimeo: '/video/' } as const;
    fc.assert(
      fc.property(
        fc.constantFrom('youtube' as const, 'vimeo' as const),
        fc.oneof(fc.string(), fc.stringMatching(/^[A-Za-z0-9_-]{11}$/), fc.stringMatching(/^\d{1,12}$/)),
        (p, id) => {
          const url = playerUrl(p, id);
          if (!videoIds[p].test(id)) return url === undefined;
          const u = new URL(url!);
          return u.protocol === 'https:' && u.host === host[p] && u.pathname === prefix[p] + id && u.searchParams.get('autoplay') === '1';
        },
      ),
      { numRuns: 2000 },
    );
  });
});
