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
