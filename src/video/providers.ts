// Video providers: their privacy-mode player URL, built only from a validated id, and provider +
// id inferred from a post URL. Labels and privacy policies live in src/platforms/.
import type { VideoProvider } from '../model/post.js';
import { hms } from '../model/video.js';

/**
 * What a valid id looks like, per provider; anything else never reaches a URL. "videoseries" is
 * YouTube's playlist player (embed/videoseries?list=…), not a video.
 */
export const videoIds: Record<VideoProvider, RegExp> = {
  youtube: /^(?!videoseries)[\w-]{11}$/,
  vimeo: /^\d{1,12}$/,
};

/**
 * The player URL, or undefined for an invalid id. YouTube plays from youtube-nocookie.com;
 * Vimeo gets `dnt=1`, and `h=` with an unlisted video's `hash` (see videoOfUrl) when it is hex
 * digits, without which Vimeo refuses to play it. Both start playing at once (the reader pressed play)
 * at `start` seconds. YouTube's `enablejsapi=1` lets the page pause it (see player.ts: one video plays at
 * a time); Vimeo's player takes that message without it. A valid id is only letters, digits, `_` and `-`, so it goes into the URL as it is.
 */
export function playerUrl(provider: VideoProvider, id: string, start = 0, hash?: string | null): string | undefined {
  const t = Math.floor(start);
  if (videoIds[provider]?.test(id))
    return provider === 'youtube'
      ? `https://www.youtube-nocookie.com/embed/${id}?autoplay=1&enablejsapi=1&start=${t}`
      : `https://player.vimeo.com/video/${id}?${/^[\da-f]{1,20}$/i.test(hash!) ? `h=${hash}&` : ''}autoplay=1&dnt=1${start ? `#t=${t}s` : ''}`;
}

/**
 * youtube.com/watch?v=ID, youtu.be/ID, youtube.com/shorts/ID (portrait), vimeo.com/ID (also in a
 * channel, group, album or showcase); an unlisted
 * Vimeo video's hash too (vimeo.com/ID/HASH, player.vimeo.com/video/ID?h=HASH), unchecked: playerUrl
 * takes only hex digits; and the start time in seconds the link gives (`t=90`, `t=1m30s`, `t=1h2m3s`,
 * `start=90`, in the query or after `#`; null without one).
 */
export function videoOfUrl(
  href: string | undefined,
): { provider: VideoProvider; id: string; portrait?: boolean; hash?: string | null; start?: number | null } | undefined {
  let url: URL;
  try {
    url = new URL(href ?? '');
  } catch {
    return undefined;
  }
  const host = url.hostname.toLowerCase().replace(/^(www|m)\./, '');
  const [, first = '', second = ''] = url.pathname.split('/');
  // vimeo.com/ID[/HASH], and a video in a channel, group, album or showcase: channels/NAME/ID,
  // groups/NAME/videos/ID, album/N/video/ID, showcase/N/video/ID (any such word: the id is checked).
  const [, id = '', hash] = /^\/(?:[a-z]+\/[^/]+\/(?:videos?\/)?)?(\d+)(?![^/])\/?([^/]*)/.exec(url.pathname) ?? [];
  const found =
    host === 'youtu.be'
      ? { provider: 'youtube' as const, id: first }
      : host === 'youtube.com' || host === 'youtube-nocookie.com'
        ? {
            provider: 'youtube' as const,
            id: first === 'watch' ? (url.searchParams.get('v') ?? '') : /^(shorts|embed|live)$/.test(first) ? second : '',
            portrait: first === 'shorts',
          }
        : host === 'vimeo.com'
          ? { provider: 'vimeo' as const, id, hash }
          : host === 'player.vimeo.com' && first === 'video'
            ? { provider: 'vimeo' as const, id: second, hash: url.searchParams.get('h') }
            : undefined;
  const t = /[?&#](?:t|start)=(?:(\d+)h)?(?:(\d+)m)?(\d*)/.exec(href!);
  return found && videoIds[found.provider].test(found.id) ? { ...found, start: t && hms(t.slice(1)) } : undefined;
}
