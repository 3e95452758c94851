// Everything a contender asks of a host other than 127.0.0.1 is answered here and never sent:
// recorded-shape fixtures for the APIs and CDNs the contenders use, an empty 204 for the rest.
import { readFileSync } from 'node:fs';

const fx = (f) => readFileSync(new URL(`../fixtures/${f}`, import.meta.url));
const avatar = fx('avatar.jpg');
const poster = fx('poster.jpg');
const thread = fx('bluesky-thread.json');

const answers = [
  { host: 'public.api.bsky.app', path: /^\/xrpc\/app\.bsky\.feed\.getPostThread/, type: 'application/json', body: thread },
  { host: 'cdn.bsky.app', path: /^\/img\//, type: 'image/jpeg', body: avatar, image: true },
  { host: 'pbs.twimg.com', path: /^\/profile_images\//, type: 'image/jpeg', body: avatar, image: true },
  // Both YouTube facades ask for /vi/<id>/hqdefault.jpg and /vi_webp/<id>/…webp; answer with the same poster.
  { host: 'i.ytimg.com', path: /^\/vi(_webp)?\//, type: 'image/jpeg', body: poster, image: true },
];

export const isLocal = (url) => /^(https?:\/\/127\.0\.0\.1[:/]|data:|blob:|about:)/.test(url);

/** A Playwright route handler; `onThirdParty(url, answered)` sees every intercepted request. */
export function thirdPartyHandler({ imageDelay = 0, onThirdParty }) {
  return async (route) => {
    const url = new URL(route.request().url());
    const hit = answers.find((a) => a.host === url.hostname && a.path.test(url.pathname));
    onThirdParty(url.href, hit ? 'fixture' : '204');
    if (hit?.image && imageDelay) await new Promise((r) => setTimeout(r, imageDelay));
    const headers = { 'access-control-allow-origin': '*', 'cache-control': 'max-age=3600' };
    if (!hit) return route.fulfill({ status: 204, headers });
    return route.fulfill({ status: 200, headers: { ...headers, 'content-type': hit.type }, body: hit.body });
  };
}
