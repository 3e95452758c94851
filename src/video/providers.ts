// Video providers: who they are, their privacy-mode player URL (built only from a validated id),
// and provider + id inferred from a post URL. Platforms without an embeddable player get a link out.
import type { VideoProvider } from '../model/post.js';

export interface Provider {
  label: string;
  /** The privacy policy named in the consent notice. */
  privacy: string;
  /** What a valid id looks like; anything else never reaches a URL. */
  id: RegExp;
}

export const providers: Record<VideoProvider, Provider> = {
  youtube: {
    label: 'YouTube',
    privacy: 'https://policies.google.com/privacy',
    id: /^[A-Za-z0-9_-]{11}$/,
  },
  vimeo: {
    label: 'Vimeo',
    privacy: 'https://vimeo.com/privacy',
    id: /^\d{1,12}$/,
  },
};

/** Names for platforms that the platform registry may not know (yet); used for labels only. */
export const videoPlatformLabels: Record<string, string> = {
  youtube: 'YouTube',
  vimeo: 'Vimeo',
  instagram: 'Instagram',
  tiktok: 'TikTok',
  telegram: 'Telegram',
  facebook: 'Facebook',
};

export const isProvider = (p: unknown): p is VideoProvider => p === 'youtube' || p === 'vimeo';

/**
 * The player URL, or undefined for an invalid id. YouTube plays from youtube-nocookie.com;
 * Vimeo gets `dnt=1`. Both start playing at once (the reader pressed play) at `start` seconds.
 */
export function playerUrl(provider: VideoProvider, id: string, start = 0): string | undefined {
  if (!providers[provider]?.id.test(id)) return undefined;
  const t = String(Math.floor(start));
  const youtube = provider === 'youtube';
  const url = new URL(youtube ? 'https://www.youtube-nocookie.com/embed/' : 'https://player.vimeo.com/video/');
  url.pathname += id;
  url.search = String(new URLSearchParams(youtube ? { autoplay: '1', start: t } : { autoplay: '1', dnt: '1' }));
  if (!youtube && start) url.hash = `t=${t}s`;
  return url.href;
}

/** youtube.com/watch?v=ID, youtu.be/ID, youtube.com/shorts/ID (portrait), vimeo.com/ID. */
export function videoOfUrl(href: string | undefined): { provider: VideoProvider; id: string; portrait?: boolean } | undefined {
  let url: URL;
  try {
    url = new URL(href ?? '');
  } catch {
    return undefined;
  }
  const host = url.hostname.toLowerCase().replace(/^(www|m)\./, '');
  const [, first = '', second = ''] = url.pathname.split('/');
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
          ? { provider: 'vimeo' as const, id: first }
          : host === 'player.vimeo.com' && first === 'video'
            ? { provider: 'vimeo' as const, id: second }
            : undefined;
  return found && providers[found.provider].id.test(found.id) ? found : undefined;
}
