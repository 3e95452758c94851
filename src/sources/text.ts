// Reads a blockquote's DOM as plain text plus link ranges: tags never pass through, only text.
import type { TextLink } from '../model/post.js';

const blocks = /^(P|DIV|LI|BLOCKQUOTE|H[1-6]|PRE)$/;
// CITE and FOOTER: a CMS's attribution inside the quote (WordPress's quote block, Bootstrap's
// blockquote-footer) is not the post's words; the card names the author itself.
const skipped = /^(SCRIPT|STYLE|TEMPLATE|NOSCRIPT|IFRAME|OBJECT|SVG|MATH|CITE|FOOTER)$/;

/** Text with `\n` for `<br>` and blank lines between paragraphs; whitespace folded as HTML shows it. */
export function readText(root: Element, stopAt?: Node): { text: string; links: TextLink[] } {
  let text = '';
  const links: TextLink[] = [];
  const trimEnd = () => (text = text.replace(/ +$/, ''));
  // At the start, after a space or a line break, a folded run of whitespace adds nothing.
  const add = (s: string) => (text += s.replace(/[ \t\r\n\f]+/g, ' ').replace(/^ /, /[^\n ]$/.test(text) ? ' ' : ''));
  // A block starts and ends a paragraph: a blank line, unless the text already ends with more.
  const paragraph = () => trimEnd() && (text = text.replace(/\n?\n?$/, '\n\n'));
  const walk = (node: Node) => {
    for (let child = node.firstChild; child && child !== stopAt; child = child.nextSibling) {
      const tag = child.nodeName.toUpperCase();
      if (child.nodeType === 3)
        add(child.nodeValue ?? ''); // a text node
      else if (child instanceof Element && !skipped.test(tag)) {
        if (tag === 'BR') text = trimEnd() + '\n';
        else if (blocks.test(tag)) {
          paragraph();
          walk(child);
          paragraph();
        } else if (tag === 'A' && child.getAttribute('href')) {
          const at = text.length;
          walk(child);
          const start = text[at] === ' ' ? at + 1 : at;
          if (text.length > start) links.push({ start, end: text.replace(/ +$/, '').length, url: child.getAttribute('href')! });
        } else walk(child);
      }
    }
  };
  walk(root);
  const trimmed = text.replace(/\s+$/, '');
  return { text: trimmed, links: links.filter((l) => l.end <= trimmed.length && l.end > l.start) };
}
