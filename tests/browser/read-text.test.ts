// readText against a model: the plain version it replaced (one string, end-anchored regular
// expressions; quadratic in the DOM's size, 15 s for 50,000 paragraphs), on seeded random trees of
// text with every kind of whitespace, line breaks, blocks, links and skipped elements. The text and
// every link range must be the model's.
import { expect, test } from 'vitest';
import { readText } from '../../src/sources/text.js';
import type { TextLink } from '../../src/model/post.js';

const blocks = /^(P|DIV|LI|BLOCKQUOTE|H[1-6]|PRE)$/;
const skipped = /^(SCRIPT|STYLE|TEMPLATE|NOSCRIPT|IFRAME|OBJECT|SVG|MATH|CITE|FOOTER)$/;

/** The model: readText as it was before the ninth session's ReDoS fixes. */
function model(root: Element): { text: string; links: TextLink[] } {
  let text = '';
  const links: TextLink[] = [];
  const trimEnd = () => (text = text.replace(/ +$/, ''));
  const add = (s: string) => (text += s.replace(/[ \t\r\n\f]+/g, ' ').replace(/^ /, /[^\n ]$/.test(text) ? ' ' : ''));
  const paragraph = () => trimEnd() && (text = text.replace(/\n?\n?$/, '\n\n'));
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      const tag = child.nodeName.toUpperCase();
      if (child.nodeType === 3) add(child.nodeValue ?? '');
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

test('readText gives the text and link ranges of its plain model on 3,000 seeded random trees', () => {
  let seed = 20261128;
  const r = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)];
  const words = [' ', '  ', '\n', '\t', '\r\n', '\f', 'a', 'bc', '\u00a0', ' x ', 'ش', '😀'];
  const tree = (parent: Node, depth: number, inLink: boolean) => {
    for (let n = Math.floor(r() * 5); n--;) {
      const k = r();
      if (depth > 3 || k < 0.4)
        parent.appendChild(document.createTextNode(Array.from({ length: Math.floor(r() * 5) }, () => pick(words)).join('')));
      else if (k < 0.5) parent.appendChild(document.createElement('br'));
      else {
        const tag = pick(['p', 'div', 'li', 'span', 'b', 'cite', 'script', ...(inLink ? [] : ['a', 'a'])]);
        const el = parent.appendChild(document.createElement(tag));
        if (tag === 'a' && r() < 0.8) el.setAttribute('href', `https://example.org/${Math.floor(r() * 9)}`);
        tree(el, depth + 1, inLink || tag === 'a');
      }
    }
  };
  let links = 0;
  for (let i = 0; i < 3000; i++) {
    const root = document.createElement('blockquote');
    tree(root, 0, false);
    const want = model(root);
    links += want.links.length;
    expect(readText(root), root.innerHTML).toEqual(want);
  }
  expect(links).toBeGreaterThan(500); // the trees hold links enough to compare their ranges
});
