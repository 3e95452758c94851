// A builder for the platforms that are only data (the `others` chunk: Threads, Instagram, …).
import type { PlatformId } from '../model/post.js';
import type { Platform } from './platform.js';
import { at, bare } from './common.js';

/**
 * A platform whose profile and hashtag pages are a fixed prefix plus the name, with "@user" handles.
 * `profile` ending in "@" keeps the "@" literal (youtube.com/@user); every name is percent-encoded.
 * `privacy` is named in consent notices, so only platforms with an embeddable player carry it.
 */
export function simple(id: PlatformId, label: string, icon: string, profile: string, tag?: string, privacy?: string): Platform {
  return {
    id,
    label,
    icon,
    privacy,
    handle: at,
    // A fediverse handle in a post (@user@instance) names no profile here: left as text.
    profileUrl: (h) => (bare(h).includes('@') ? undefined : profile + encodeURIComponent(bare(h))),
    tagUrl: tag ? (t) => tag + encodeURIComponent(t) : undefined,
  };
}
