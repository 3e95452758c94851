// Reads a blockquote's DOM as plain text plus link ranges: tags never pass through, only text.
import type { TextLink } from '../model/post.js';

const blocks = new Set(['P', 'DIV', 'LI', 'BLOCKQUOTE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'PRE']);
const skipped = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'IFRAME', 'OBJECT', 'SVG', 'MATH']);

/** Text with `\n` for `<br>` and blank lines between paragraphs; whitespace folded as HTML shows it. */
export function readText(root: Element, stopAt?: Node): { text: string; links: TextLink[] } {
  let text = '';
  const links: TextLink[] = [];
  const add = (s: string) => {
    const folded = s.replace(/[ \t\r\n\f]+/g, ' ');
    text += text === '' || /[\n ]$/.test(text) ? folded.replace(/^ /, '') : folded;
  };
  const breakLine = (n: number) => {
    text = text.replace(/ +$/, '');
    if (text === '') return;
    const have = /\n*$/.exec(text)![0].length;
    text += '\n'.repeat(Math.max(0, n - have));
  };
  const walk = (node: Node) => {
    for (let child = node.firstChild; child && child !== stopAt; child = child.nextSibling) {
      if (child.nodeType === Node.TEXT_NODE) add(child.nodeValue ?? '');
      else if (child instanceof Element && !skipped.has(child.nodeName.toUpperCase())) {
        const tag = child.nodeName.toUpperCase();
        if (tag === 'BR') text = text.replace(/ +$/, '') + '\n';
        else if (blocks.has(tag)) {
          breakLine(2);
          walk(child);
          breakLine(2);
        } else if (tag === 'A' && child.getAttribute('href')) {
          const start = text.length;
          walk(child);
          const lead = /^ /.test(text.slice(start)) ? 1 : 0;
          if (text.length > start + lead)
            links.push({ start: start + lead, end: text.replace(/ +$/, '').length, url: child.getAttribute('href')! });
        } else walk(child);
      }
    }
  };
  walk(root);
  const trimmed = text.replace(/\s+$/, '');
  return { text: trimmed, links: links.filter((l) => l.end <= trimmed.length && l.end > l.start) };
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
