#!/usr/bin/env node
// Zero-dependency static server for the repo root, for the demo and for tests.
//
//   node scripts/serve.mjs [port]        port defaults to 8080; 0 picks a free port
//
// The first line on stdout is the base URL (`http://127.0.0.1:PORT/`), so a test can spawn this
// script and read where it listens. Tests can also import it:
//
//   import { startServer } from '../scripts/serve.mjs';
//   const { url, close } = await startServer({ port: 0 });
//
// Listens on 127.0.0.1 only. HTML under /demo/ is sent with a strict Content-Security-Policy
// (no inline script or style, Trusted Types enforced), so the demo proves the library works there.
import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { stat, realpath } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));

export const DEMO_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "media-src 'self'",
  "font-src 'self'",
  'frame-src https://www.youtube-nocookie.com https://player.vimeo.com',
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html postquote',
].join('; ');

export const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.mp4': 'video/mp4',
  '.webm': 'video/webm',
  '.vtt': 'text/vtt; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.woff2': 'font/woff2',
};

const HTML_TYPE = MIME_TYPES['.html'];

/**
 * Starts the server. Resolves once it listens.
 * @param {{ port?: number, root?: string, csp?: string | false, host?: string }} [options]
 *   `csp`: the policy for HTML under /demo/ (default: DEMO_CSP; `false` sends none).
 * @returns {Promise<{ url: string, port: number, server: import('node:http').Server, close: () => Promise<void> }>}
 */
export async function startServer({ port = 8080, root = REPO_ROOT, csp = DEMO_CSP, host = '127.0.0.1' } = {}) {
  const rootReal = await realpath(resolve(root));
  const server = createServer((req, res) => {
    handle(req, res, rootReal, csp).catch((error) => {
      if (!res.headersSent) send(res, 500, 'Internal Server Error\n');
      else res.destroy(error);
    });
  });
  // Keep-alive sockets must not keep close() waiting.
  server.keepAliveTimeout = 1000;
  await new Promise((resolveListen, rejectListen) => {
    server.once('error', rejectListen);
    server.listen(port, host, () => {
      server.off('error', rejectListen);
      resolveListen();
    });
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  const url = `http://${host}:${actualPort}/`;
  return {
    url,
    port: actualPort,
    server,
    close: () =>
      new Promise((resolveClose) => {
        server.close(() => resolveClose());
        server.closeAllConnections?.();
      }),
  };
}

/** Sends a small plain-text response. */
function send(res, status, body, headers = {}) {
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    ...headers,
  });
  res.end(body);
}

/**
 * Maps a URL path onto a file inside `rootReal`, or returns null when it would leave the root.
 * Decoding happens once; encoded slashes, NUL and backslashes are refused outright.
 */
export function resolveInside(rootReal, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\') || /%2f|%5c/i.test(urlPath)) return null;
  const segments = decoded.split('/');
  if (segments.some((s) => s === '..')) return null;
  const target = resolve(join(rootReal, decoded));
  if (target !== rootReal && !target.startsWith(rootReal + sep)) return null;
  return target;
}

async function handle(req, res, rootReal, csp) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    send(res, 405, 'Method Not Allowed\n', { Allow: 'GET, HEAD' });
    return;
  }
  const { pathname } = new URL(req.url ?? '/', 'http://127.0.0.1');
  if (pathname === '/') {
    send(res, 302, 'Found: /demo/\n', { Location: '/demo/' });
    return;
  }
  // The browser asks every page's origin for an icon; the demo has none, and a 404 would print an error
  // in the console of every demo page, among the messages a developer reads for postquote's own.
  if (pathname === '/favicon.ico') {
    send(res, 204, '');
    return;
  }
  let target = resolveInside(rootReal, pathname);
  if (!target) {
    send(res, 403, 'Forbidden\n');
    return;
  }
  let info = await stat(target).catch(() => null);
  if (info?.isDirectory()) {
    if (!pathname.endsWith('/')) {
      send(res, 301, 'Moved Permanently\n', { Location: `${pathname}/` });
      return;
    }
    target = join(target, 'index.html');
    info = await stat(target).catch(() => null);
  }
  if (!info?.isFile()) {
    send(res, 404, 'Not Found\n');
    return;
  }
  // A symlink inside the root must not lead outside it.
  const real = await realpath(target);
  if (real !== rootReal && !real.startsWith(rootReal + sep)) {
    send(res, 403, 'Forbidden\n');
    return;
  }
  const type = MIME_TYPES[extname(real).toLowerCase()] ?? 'application/octet-stream';
  const headers = {
    'Content-Type': type,
    'Content-Length': String(info.size),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  };
  if (csp && type === HTML_TYPE && pathname.startsWith('/demo/')) headers['Content-Security-Policy'] = csp;
  res.writeHead(200, headers);
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  createReadStream(real)
    .on('error', (error) => res.destroy(error))
    .pipe(res);
}

const isMain = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const arg = process.argv[2];
  const port = arg === undefined ? 8080 : Number(arg);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`serve: invalid port ${JSON.stringify(arg)}`);
    process.exit(2);
  }
  const { url, close } = await startServer({ port });
  process.stdout.write(`${url}\n`);
  process.stderr.write(`serving ${REPO_ROOT} — demo at ${url}demo/ (Ctrl+C to stop)\n`);
  const stop = () => close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
