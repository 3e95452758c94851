// Helpers shared by the platform modules: handle formats and a builder for platforms that are only data.
import type { PlatformId } from '../model/post.js';
import type { Platform } from './platform.js';

/** "user" from "@user" or "user". */
export const bare = (h: string): string => h.replace(/^@/, '');

/** "@user" from "user" or "@user". */
export const at = (h: string): string => '@' + bare(h);

/** The host of a URL, or undefined when it is not an absolute URL. */
export function hostOf(url: string | undefined): string | undefined {
  try {
    return new URL(url!).hostname || undefined;
  } catch {
    return undefined;
  }
}

/**
 * A platform whose profile and hashtag pages are a fixed prefix plus the name, with "@user" handles.
 * `profile` ending in "@" keeps the "@" literal (youtube.com/@user); every name is percent-encoded.
 * `privacy` is named in consent notices, so only platforms with an embeddable player carry it.
 */
export function simple(
  id: PlatformId,
  label: string,
  icon: string,
  hosts: string[],
  profile: string,
  tag?: string,
  privacy?: string,
): Platform {
  return {
    id,
    label,
    icon,
    hosts,
    privacy,
    handle: at,
    profileUrl: (h) => profile + encodeURIComponent(bare(h)),
    tagUrl: tag ? (t) => tag + encodeURIComponent(t) : undefined,
  };
}
