// The platform registry: look-up by id, and inference from a post URL's host.
import type { PlatformId } from '../model/post.js';
import type { Platform } from './platform.js';
import { x } from './x.js';
import { bluesky } from './bluesky.js';
import { mastodon } from './mastodon.js';
import { threads } from './threads.js';
import { instagram } from './instagram.js';
import { facebook } from './facebook.js';
import { telegram } from './telegram.js';
import { tiktok } from './tiktok.js';
import { youtube } from './youtube.js';
import { linkedin } from './linkedin.js';
import { vimeo } from './vimeo.js';
import { web } from './web.js';

/** In look-up order: fixed hosts first; Mastodon (any host) is tried only when no host matched. */
export const platforms: Platform[] = [x, bluesky, mastodon, threads, instagram, facebook, telegram, tiktok, youtube, linkedin, vimeo, web];

export function platformById(id: string | undefined): Platform | undefined {
  return platforms.find((p) => p.id === id);
}

/** The platform whose hosts include the URL's host or a parent of it; undefined for other sites. */
export function platformOfUrl(href: string | undefined): PlatformId | undefined {
  if (!href) return undefined;
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return undefined;
  }
  const host = url.hostname.toLowerCase().replace(/^www\./, '');
  return (platforms.find((p) => p.hosts.some((h) => host === h || host.endsWith('.' + h))) ?? platforms.find((p) => p.matches?.(url)))?.id;
}

export const platformIds = [
  'x',
  'bluesky',
  'mastodon',
  'threads',
  'instagram',
  'facebook',
  'telegram',
  'tiktok',
  'youtube',
  'linkedin',
  'vimeo',
  'web',
] as const satisfies readonly PlatformId[];
