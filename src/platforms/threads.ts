// Threads: label, icon, @handle profiles and tag search, and the embed-code reader.
import type { Platform } from './platform.js';
import { simple } from './simple.js';
import { drop } from './common.js';
import { postUrl, words } from './embeds.js';

export const threads: Platform = {
  ...simple(
    'threads',
    'Threads',
    'M16 8v5c0 1.2.8 2 1.8 2S20 14 20 12a8 8 0 1 0-3 6.3l1.2 1.6A10 10 0 1 1 22 12c0 3-1.7 5-4.2 5-1.4 0-2.6-.8-3.1-1.9A4 4 0 1 1 14 8.9V8Zm-4 2a2 2 0 1 0 0 4 2 2 0 0 0 0-4Z',
    'https://www.threads.com/@',
    'https://www.threads.com/search?serp_type=tags&q=',
  ),
  // Threads usernames hold dots (@nat.geo): a mention runs through them.
  dottedHandles: true,
  // A share's xmt and slof (igshid in 2023).
  untrack: (u) => drop(u, /^(xmt|slof|igsh(id)?)$/),
  // The code Threads hands out (blockquote.text-post-media) holds only a link to the post ("Post
  // by @user", "View on Threads", in the embedder's language), never its text: the post's URL and
  // the handle in it, else (2023's threads.net/t/ID links) the one its "Post by @user" names.
  readEmbed(bq) {
    const url = postUrl(
      bq.getAttribute('data-text-post-permalink') ?? bq.querySelector('a[href]')?.getAttribute('href'),
      /^https?:\/\/([\w-]+\.)*threads\.(com|net)\//i,
    );
    return { platform: 'threads', url, author: { handle: /@([\w.]+)/.exec(`${url} ${words(bq)}`)?.[1] } };
  },
};
