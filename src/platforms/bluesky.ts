// Bluesky (an on-demand chunk): @handle.bsky.social handles, profile and tag links, and the embed-code reader. Its JSON adapter: adapters/bluesky.ts.
import type { Platform } from './platform.js';
import { readText } from '../sources/text.js';
import { readAttribution, embedDate } from '../sources/embed-code.js';
import { untrack } from './tracking.js';
import { bare } from './common.js';

export const app = 'https://bsky.app/';
export const postUri = /^at:\/\/([^/]+)\/app\.bsky\.feed\.post\/([\w.~:-]+)$/;
/** A handle with its domain ("alice.bsky.social") or a DID: only those name a profile. */
const full = (h: string) => /^[\w%-]+[.:][\w.:%-]+$/.test(h);

export const bluesky: Platform = {
  id: 'bluesky',
  label: 'Bluesky',
  icon: 'M12 11C10.5 8 6.5 3 3.5 3 1.5 3 2 6 2.6 9.5 3 12 5.5 13 8 12.7c-3.5.7-4.5 2.8-2.5 5.3 3 3.5 5.5-.5 6.5-3 1 2.5 3.5 6.5 6.5 3 2-2.5 1-4.6-2.5-5.3 2.5.3 5-.7 5.4-3.2C22 6 22.5 3 20.5 3c-3 0-7 5-8.5 8Z',
  dottedHandles: true,
  handle: (h) => '@' + (full(bare(h)) ? bare(h) : bare(h) + '.bsky.social'),
  profileUrl: (h) => (full(bare(h)) ? app + 'profile/' + bare(h) : undefined),
  tagUrl: (t) => app + 'hashtag/' + encodeURIComponent(t),
  readEmbed(bq) {
    const p = bq.querySelector('p');
    const at = postUri.exec(bq.getAttribute('data-bluesky-uri') ?? '');
    const date = [...bq.querySelectorAll(':scope > a[href]')].pop()?.textContent ?? '';
    const attribution = readAttribution(bq, p, /^https:\/\/bsky\.app\//i);
    // The code keeps the post's line breaks as raw newlines: read a copy with them marked (U+2028,
    // which HTML does not fold), then turn them back. Same length, so link offsets stay right.
    const copy = p?.cloneNode(true) as Element | undefined;
    if (copy)
      for (const w = document.createTreeWalker(copy, NodeFilter.SHOW_TEXT); w.nextNode();)
        w.currentNode.nodeValue = w.currentNode.nodeValue!.replace(/\n/g, '\u2028');
    const read = copy && readText(copy);
    return {
      ...read,
      text: read?.text.replace(/\u2028/g, '\n'),
      // Its "[image or embed]" and mention links carry ?ref_src=embed, as the date link does.
      links: read?.links.map((l) => ({ ...l, url: untrack(l.url) })),
      lang: p?.getAttribute('lang') || undefined,
      ...attribution,
      // "January 8, 2025 at 11:00 PM" ("8. Januar 2025 um 23:00") is in the embedding reader's time
      // zone: embedDate() keeps only the day.
      createdAt: embedDate(date),
      url: attribution.url ?? (at ? `${app}profile/${at[1]}/post/${at[2]}` : undefined),
      id: at?.[2],
      platform: 'bluesky',
    };
  },
};
