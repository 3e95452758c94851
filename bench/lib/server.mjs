// A tiny static server on 127.0.0.1 for the bench: serves dist/ and bench/ from the repo, and
// generates contender pages at /bench/page/<contender>?n=<N>. Images can be delayed so they
// arrive after first render, as they would over a real network (that is what CLS needs to see).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.jpg': 'image/jpeg',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.map': 'application/json',
};
const allowed = ['dist', 'bench', 'postquote.css'];

/** Maps a URL path to a file under the repo, or undefined if it is outside dist/ and bench/. */
export function fileFor(root, urlPath) {
  const rel = normalize(decodeURIComponent(urlPath)).replace(/^[/\\]+/, '');
  if (rel.split(sep).includes('..') || !allowed.includes(rel.split(sep)[0])) return undefined;
  return join(root, rel);
}

/**
 * @param {{ root: string, renderPage: (name: string, n: number, origin: string) => string | undefined, imageDelay?: number, overrides?: Map<string, string> }} opts
 *   overrides: URL path → file, e.g. to try a locally built bundle in place of dist/cdn/postquote.min.js.
 * @returns {Promise<{ origin: string, close: () => Promise<void>, pageBytes: Map<string, number> }>}
 */
export async function startServer({ root, renderPage, imageDelay = 0, overrides = new Map() }) {
  const pageBytes = new Map();
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    const send = (status, body, type) => {
      res.writeHead(status, { 'content-type': type ?? 'text/plain', 'cache-control': 'max-age=3600' });
      res.end(body);
    };
    try {
      const page = /^\/bench\/page\/([\w-]+)$/.exec(url.pathname);
      if (page) {
        const html = renderPage(page[1], Number(url.searchParams.get('n') || 1), `http://${req.headers.host}`);
        if (html === undefined) return send(404, 'no such contender');
        pageBytes.set(url.pathname + url.search, Buffer.byteLength(html));
        return send(200, html, types['.html']);
      }
      const file = overrides.get(url.pathname) ?? fileFor(root, url.pathname);
      if (!file || !(await stat(file).catch(() => null))?.isFile()) return send(404, 'not found');
      const body = await readFile(file);
      const ext = extname(file);
      if (imageDelay && (ext === '.jpg' || ext === '.png')) await new Promise((r) => setTimeout(r, imageDelay));
      send(200, body, types[ext] ?? 'application/octet-stream');
    } catch (error) {
      send(500, String(error));
    }
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    pageBytes,
    close: () =>
      new Promise((r) => {
        server.closeAllConnections?.();
        server.close(() => r());
      }),
  };
}
