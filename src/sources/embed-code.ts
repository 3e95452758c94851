// Pasted embed codes: X's reader, and what X, Bluesky and Mastodon codes share (the attribution line,
// its date, the referral parameters to drop). An on-demand chunk: a post from attributes or
// JSON never loads it.
import type { RawPost } from '../platforms/platform.js';
import { readText } from './text.js';
import { untrack } from '../platforms/tracking.js';

/**
 * X's embed code exactly as X hands it out: <blockquote class="twitter-tweet"><p lang dir>…</p>
 * &mdash; Name (@handle) <a href="…/status/…">December 13, 2016</a></blockquote>.
 */
export function readXEmbed(blockquote: Element): RawPost {
  const p = blockquote.querySelector('p');
  const read = p && readText(p);
  // Its hashtag and mention links carry ref_src=twsrc%5Etfw too ("clicked in an embed"): dropped.
  const post: RawPost = read
    ? {
        ...read,
        links: read.links.map((l) => ({ ...l, url: untrack(l.url) })),
        lang: p.getAttribute('lang') ?? undefined,
        dir: p.getAttribute('dir') ?? undefined,
      }
    : {};
  const by = readAttribution(blockquote, p, /^https?:\/\/([\w-]+\.)?(twitter|x)\.com\//i, statusTime);
  // A status URL needs no query or fragment: X's are all tracking (ref_src, ref_url, s=20, and t=, the sharer's token).
  return { ...post, ...by, url: (by.url as string | undefined)?.replace(/[?#].*/, ''), platform: 'x' };
}

/**
 * When an X post was made, from its status URL: IDs since November 2010 are snowflakes, the
 * milliseconds since X's epoch above 22 bits (exact, UTC). Older, sequential IDs carry no time.
 */
export function statusTime(url: string): string | undefined {
  const id = /^https?:\/\/([\w-]+\.)?(twitter|x)\.com\/.*\/status(es)?\/(\d{11,19})(?!\d)/.exec(url)?.[4];
  return id && +id >= 29700859247 ? new Date(Number(BigInt(id) >> 22n) + 1288834974657).toISOString() : undefined;
}

/**
 * The months in the languages postquote has catalogs for (src/i18n/catalog.ts) as Intl names them,
 * lower case: en, de, fr, es, ar, twelve each. From Intl rather than tables: no names shipped.
 */
const monthNames = ['en', 'de', 'fr', 'es', 'ar'].flatMap((lang) => {
  const f = new Intl.DateTimeFormat(lang, { month: 'long', timeZone: 'UTC' });
  return Array.from({ length: 12 }, (_, i) => f.format(Date.UTC(2000, i)).toLowerCase());
});

/**
 * An embed code's date link → "2016-12-13"; undefined when not a date in a language postquote
 * reads. The forms the platforms write in those languages: "December 13, 2016", "13 December 2016",
 * "13. Dezember 2016", "13 décembre 2016", "1er octobre 2018", "13 de diciembre de 2016",
 * "١٣ ديسمبر ٢٠١٦"; a month cut to three letters or more ("Dec."). What follows the year (Bluesky's
 * "at 11:00 PM", in the embedding reader's zone) is left out: only the day is kept.
 */
export function embedDate(text: string): string | undefined {
  const m = /^(?:(\d\d?)(?:\.|er)?\s+(?:de\s+)?([^\d\s.,]+)\.?\s+(?:de\s+)?|([^\d\s.,]+)\.?\s+(\d\d?),\s*)(\d{4})(?!\d)/.exec(
    text.trim().replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x660)),
  );
  const word = m ? (m[2] ?? m[3]).toLowerCase() : '';
  const month = word.length > 2 ? monthNames.findIndex((n) => n.startsWith(word)) : -1;
  if (!m || month < 0) return undefined;
  return `${m[5]}-${String((month % 12) + 1).padStart(2, '0')}-${(m[1] ?? m[4]).padStart(2, '0')}`;
}

/**
 * The attribution line that X, Bluesky and Mastodon embed codes put after the post text:
 * "— Name (@handle) <a href="post URL">December 13, 2016</a>". A date link that is not read as a
 * date gives way to `timeOf(its URL)` where there is one (X: the status ID's moment), else stays
 * text for parse() to report. A date link off the platform's hosts (`on`) is no post URL: the card
 * would call it "View on X" (a hostile code's phishing page), so it is left out.
 */
export function readAttribution(
  blockquote: Element,
  after: Element | null,
  on: RegExp,
  timeOf?: (url: string) => string | undefined,
): Record<string, unknown> {
  const anchors = [...blockquote.querySelectorAll(':scope > a[href]')];
  const dateLink = anchors[anchors.length - 1];
  let line = '';
  for (let n = after ? after.nextSibling : blockquote.firstChild; n && n !== dateLink; n = n.nextSibling) line += n.textContent ?? '';
  // Whitespace folded first: over long runs of it (a pasted code's indentation, or a hostile one's)
  // the expression below backtracked cubically, freezing the page for seconds per thousand spaces.
  line = line.replace(/\s+/g, ' ').trim();
  const m = /^[—–-]? ?(.*?) ?\( ?@?([^()\s]+) ?\)$/.exec(line);
  const name = (m ? m[1] : line.replace(/^[—–-] ?/, '')).trim();
  const href = dateLink?.getAttribute('href') ?? undefined;
  const url = href && on.test(href) ? untrack(href) : undefined;
  const text = dateLink?.textContent?.trim();
  // The link's own day wins when it is read, though an ID's moment is exact: it is what the page
  // shows without JavaScript, and what cards showed before (a day, not a time in the reader's zone).
  return {
    url,
    createdAt: (text && embedDate(text)) || (url && timeOf?.(url)) || text || undefined,
    author: { name: name || undefined, handle: m?.[2] },
  };
}
