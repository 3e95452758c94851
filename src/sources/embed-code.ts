// Pasted embed codes: X's reader, and what X, Bluesky and Mastodon codes share (the attribution line,
// the English date, the referral parameters to drop). An on-demand chunk: a post from attributes or
// JSON never loads it.
import type { RawPost } from '../platforms/platform.js';
import { readText } from './text.js';

/**
 * X's embed code exactly as X hands it out: <blockquote class="twitter-tweet"><p lang dir>…</p>
 * &mdash; Name (@handle) <a href="…/status/…">December 13, 2016</a></blockquote>.
 */
export function readXEmbed(blockquote: Element): RawPost {
  const p = blockquote.querySelector('p');
  const post: RawPost = p ? { ...readText(p), lang: p.getAttribute('lang') ?? undefined, dir: p.getAttribute('dir') ?? undefined } : {};
  return { ...post, ...readAttribution(blockquote, p), platform: 'x' };
}
const monthNames = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** "December 13, 2016" (an embed code's date link) → "2016-12-13"; undefined when not in that form. */
export function embedDate(text: string): string | undefined {
  const m = /^([A-Za-z]+)\.?\s+(\d{1,2}),\s*(\d{4})$/.exec(text.trim());
  const month = m ? monthNames.findIndex((n) => n.startsWith(m[1].toLowerCase()) && m[1].length >= 3) : -1;
  if (!m || month < 0) return undefined;
  return `${m[3]}-${String(month + 1).padStart(2, '0')}-${m[2].padStart(2, '0')}`;
}

/**
 * The attribution line that X, Bluesky and Mastodon embed codes put after the post text:
 * "— Name (@handle) <a href="post URL">December 13, 2016</a>".
 */
export function readAttribution(blockquote: Element, after: Element | null): Record<string, unknown> {
  const anchors = [...blockquote.querySelectorAll(':scope > a[href]')];
  const dateLink = anchors[anchors.length - 1];
  let line = '';
  for (let n = after ? after.nextSibling : blockquote.firstChild; n && n !== dateLink; n = n.nextSibling) line += n.textContent ?? '';
  const m = /^\s*[—–-]?\s*(.*?)\s*\(\s*@?([^()\s]+)\s*\)\s*$/s.exec(line);
  const name = (m ? m[1] : line.replace(/^\s*[—–-]\s*/, '')).trim();
  const href = dateLink?.getAttribute('href') ?? undefined;
  const date = dateLink ? embedDate(dateLink.textContent ?? '') : undefined;
  return {
    url: href ? stripTracking(href) : undefined,
    createdAt: date ?? (dateLink?.textContent?.trim() || undefined),
    author: { name: name || undefined, handle: m?.[2] },
  };
}

/** Drops the referral parameters that embed codes add (ref_src, ref_url). */
export function stripTracking(href: string): string {
  try {
    const url = new URL(href);
    for (const k of [...url.searchParams.keys()]) if (/^ref_(src|url)$|^utm_/.test(k)) url.searchParams.delete(k);
    return url.href;
  } catch {
    return href;
  }
}
