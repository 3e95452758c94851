// The platform registry. What must be known at once stays here and in the bundle: each platform's
// hosts (parse() infers the platform from a post URL, synchronously, in Node too), the Mastodon URL
// test and the embed code's selector. X and the generic `web` are built in; every other platform's
// module (label, icon, handles, links, embed reader) is an on-demand chunk, loaded by loadPlatform().
import type { PlatformId } from '../model/post.js';
import type { Platform } from './platform.js';
import { x } from './x.js';
import { web } from './web.js';
import { onDemand, type OnDemand } from '../on-demand.js';

interface Entry {
  /** Hostnames (and their subdomains) whose URLs belong to this platform, space-separated. */
  hosts: string;
  /** For platforms without fixed hosts (Mastodon): whether a URL looks like one of its posts. */
  matches?(url: URL): boolean;
  /** Selector that a child blockquote matches when it is the platform's embed code (its reader is in the platform's module). */
  embed?: string;
}

/**
 * Mastodon status URLs on any instance: "/@user/123", "/@user@remote.host/123", "/users/user/statuses/123", and as the
 * address bar shows them in its advanced web interface: "/deck/@user/123" (Mastodon 4), "/web/@user/123" (before).
 */
const statusPath = /^\/(?:web\/|deck\/)?@[\w.-]+(?:@[\w.-]+)?\/\d+\/?$|^\/users\/[\w.-]+\/statuses\/\d+\/?$/;

/** In look-up order: fixed hosts first; Mastodon (any host) is tried only when no host matched. */
const registry: Record<PlatformId, Entry> = {
  // X's embed code for a tweet, and the one publish.twitter.com handed out for a video (2015–2018 archives hold many).
  x: { hosts: 'x.com twitter.com t.co', embed: '.twitter-tweet,.twitter-video' },
  bluesky: { hosts: 'bsky.app', embed: '.bluesky-embed' },
  mastodon: { hosts: '', matches: (url) => statusPath.test(url.pathname), embed: '.mastodon-embed' },
  threads: { hosts: 'threads.com threads.net', embed: '.text-post-media' },
  instagram: { hosts: 'instagram.com instagr.am', embed: '.instagram-media' },
  // Facebook's script form: <div class="fb-post"> (a video's: "fb-video") around its blockquote (or the blockquote pasted alone).
  facebook: { hosts: 'facebook.com fb.com fb.watch fb.me', embed: '.fb-post,.fb-video,.fb-xfbml-parse-ignore' },
  telegram: { hosts: 't.me telegram.me telegram.dog' },
  tiktok: { hosts: 'tiktok.com', embed: '.tiktok-embed' },
  youtube: { hosts: 'youtube.com youtu.be youtube-nocookie.com' },
  linkedin: { hosts: 'linkedin.com lnkd.in' },
  vimeo: { hosts: 'vimeo.com' },
  web: { hosts: '' },
};
const entries = Object.entries(registry) as [PlatformId, Entry][];

/** Every platform id, in the registry's order. */
export const platformIds = entries.map(([id]) => id);

/** The platform whose hosts include the URL's host or a parent of it; undefined for other sites. */
export function platformOfUrl(href: string | undefined): PlatformId | undefined {
  if (!href) return undefined;
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return undefined;
  }
  // www., m., mobile. and every other subdomain are matched as subdomains: no prefix to strip.
  const host = url.hostname.toLowerCase();
  return (entries.find(([, e]) => e.hosts.split(' ').some((h) => h && (host === h || host.endsWith('.' + h)))) ??
    entries.find(([, e]) => e.matches?.(url)))?.[0];
}

/** The platform whose embed code `blockquote` is (X, Bluesky, Mastodon, Threads, Instagram, TikTok), whether or not its module is loaded. */
export function embedOf(blockquote: Element): PlatformId | undefined {
  // Every embed code is known by a class: a plain blockquote (an editor's) needs no selector matched.
  return blockquote.classList.length ? entries.find(([, e]) => e.embed && blockquote.matches(e.embed))?.[0] : undefined;
}

/** Loaded platform modules by id. */
const loaded = new Map<string, Platform>([
  [x.id, x],
  [web.id, web],
]);

/** Registers platform modules: those a chunk brings, and those a bundle carries statically (<video-appeal> carries its players' platforms). */
export function builtIn(...platforms: Platform[]): void {
  for (const p of platforms) loaded.set(p.id, p);
}

/** The module for `id` once loaded (X and `web` always are); callers fall back to `web`. */
export function platformById(id: string | undefined): Platform | undefined {
  return id === undefined ? undefined : loaded.get(id);
}

/** The platforms that are only data (a label, an icon and link prefixes) share one small chunk. */
const others = onDemand(
  () => import('./others.js'),
  (m) => builtIn(...m.others),
);
const chunks: Partial<Record<PlatformId, OnDemand<unknown>>> = {
  bluesky: onDemand(
    () => import('./bluesky.js'),
    (m) => builtIn(m.bluesky),
  ),
  mastodon: onDemand(
    () => import('./mastodon.js'),
    (m) => builtIn(m.mastodon),
  ),
  threads: others,
  instagram: others,
  facebook: others,
  telegram: others,
  tiktok: others,
  youtube: others,
  linkedin: others,
  vimeo: others,
};

/**
 * Loads the module for `id`: undefined when there is nothing to wait for (built in, loaded, unknown,
 * or its chunk already failed), else a promise that resolves (never rejects) once it is registered.
 * A chunk that fails to load leaves its platforms to the `web` fallback for the rest of the page.
 */
export function loadPlatform(id: string | undefined): Promise<void> | undefined {
  return id !== undefined && !loaded.has(id) && Object.hasOwn(chunks, id) ? chunks[id as PlatformId]!.load() : undefined;
}

/** X is built in, but its embed-code reader is a chunk of its own: a tweet from attributes or JSON never needs it. */
const xEmbed = onDemand(
  () => import('../sources/embed-code.js'),
  (m) => builtIn({ ...x, readEmbed: m.readXEmbed }),
);

/** Facebook's module is in `others`; its embed-code reader is a chunk of its own (it shares X's date reading). */
const facebookEmbed = onDemand(
  () => Promise.all([others.load(), import('../sources/facebook-embed.js')]),
  ([, m]) => {
    const facebook = loaded.get('facebook');
    if (facebook) builtIn({ ...facebook, readEmbed: m.readFacebookEmbed });
  },
);

/** Loads what reads a pasted embed code of `id`: the platform's module (for X and Facebook, their reader). Same contract as loadPlatform. */
export function loadEmbedReader(id: PlatformId | undefined): Promise<void> | undefined {
  return id === 'x' ? xEmbed.load() : id === 'facebook' ? facebookEmbed.load() : loadPlatform(id);
}
