// Contenders and the pages they are measured on. Every page has the same shell (an article with a
// paragraph before each embed), the same inline harness in <head>, and N copies of one embed.
import { readFileSync } from 'node:fs';
import { tweet, video } from '../fixtures/data.mjs';

const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const fixture = (f) => readFileSync(new URL(`../fixtures/${f}`, import.meta.url), 'utf8');
// Inline JSON in a <script> may not contain "</": escape it the way server renderers do.
const inlineJson = (value) => JSON.stringify(value).replace(/</g, '\\u003c');
const postJson = JSON.parse(fixture('post.json'));
const tweetResult = JSON.parse(fixture('tweet-result.json'));
const bskyThread = JSON.parse(fixture('bluesky-thread.json'));

const displayDate = 'December 13, 2016';
const hashtagUrl = `https://twitter.com/hashtag/${tweet.hashtag}`;
const textHtml = esc(tweet.text).replace(`#${tweet.hashtag}`, `<a href="${hashtagUrl}">#${tweet.hashtag}</a>`);
const youtubeUrl = `https://www.youtube.com/watch?v=${video.id}`;
const videoCaption = `<blockquote lang="en"><p>${esc(video.quote)}</p></blockquote><figcaption>${esc(video.author)} · 0:39</figcaption>`;

/** A check runs in the page every frame until it returns true for all N embeds. */
const shadowCheck = (tag) => `(n) => {
  if (!customElements.get(${JSON.stringify(tag)})) return false;
  const els = document.getElementsByTagName(${JSON.stringify(tag)});
  if (els.length !== n) return false;
  const ok = (el) => !!el.shadowRoot && el.shadowRoot.childElementCount > 0 && el.hasUpdated !== false;
  if (!ok(els[n - 1])) return false;
  for (const el of els) if (!ok(el)) return false;
  return true;
}`;
const selectorCheck = (all, inner) => `(n) => {
  const els = document.querySelectorAll(${JSON.stringify(all)});
  if (els.length !== n) return false;
  ${
    inner
      ? `if (!els[n - 1].querySelector(${JSON.stringify(inner)})) return false;
  for (const el of els) if (!el.querySelector(${JSON.stringify(inner)})) return false;`
      : ''
  }
  return true;
}`;

/** The postquote.css fallback stylesheet, then a bundle (render-blocking unless told otherwise). */
const pqHeadFor = (bundle, blocking = true) =>
  `<link rel="stylesheet" href="/dist/cdn/postquote.min.css"><script type="module"${blocking ? ' blocking="render"' : ''} src="/dist/cdn/${bundle}"></script>`;
// As README recommends ("No layout shift"): the fallback stylesheet in <head>, then the bundle with
// blocking="render", so the first paint waits for the script and the cards appear in place.
const pqHead = pqHeadFor('postquote.min.js');
// The same without blocking="render": the fallback paints first and the cards replace it.
const pqHeadAsync = pqHeadFor('postquote.min.js', false);
// A German page: with postquote.min.js the cards wait for the German catalog chunk; the German
// bundle has it built in (README, "Use it").
const pqHeadDe = pqHeadFor('postquote.de.min.js');
/** How the postquote pages load it, for the report. */
export const postquoteSetup = {
  recommended: pqHead,
  withoutBlocking: pqHeadAsync,
  germanBundle: pqHeadDe,
};
const tweetQuoteMarkup = () =>
  `<tweet-quote href="${tweet.url}" author="${esc(tweet.name)}" handle="${tweet.handle}" avatar="${tweet.avatar}" ` +
  `datetime="${tweet.createdAt}" shares="${tweet.shares}"><blockquote lang="en" cite="${tweet.url}"><p>${textHtml}</p></blockquote></tweet-quote>`;

/**
 * group: which floor and which postquote case a contender is compared with.
 * variant: postquote, but not in the setup README recommends (reported apart from the targets).
 * tag: the custom element that must be defined for the contender to run (skipped cleanly if not).
 * files: what must exist on disk before the contender can run.
 */
export const contenders = [
  {
    id: 'static',
    label: 'static HTML (floor)',
    group: 'post',
    floor: true,
    files: ['bench/entries/static.css'],
    head: '<link rel="stylesheet" href="/bench/entries/static.css">',
    item: () =>
      `<figure class="quote"><blockquote lang="en" cite="${tweet.url}"><p>${textHtml}</p></blockquote>` +
      `<figcaption><img src="${tweet.avatar}" width="48" height="48" alt=""><span><b>${esc(tweet.name)}</b> @${tweet.handle} · ` +
      `<a href="${tweet.url}"><time datetime="${tweet.createdAt}">${displayDate}</time></a> · 37K shares</span></figcaption></figure>`,
    check: selectorCheck('figure.quote'),
  },
  {
    id: 'pq-markup',
    label: 'postquote <tweet-quote> markup',
    group: 'post',
    ref: true,
    tag: 'tweet-quote',
    files: ['dist/cdn/postquote.min.js', 'dist/cdn/postquote.min.css'],
    head: pqHead,
    item: tweetQuoteMarkup,
    check: shadowCheck('tweet-quote'),
  },
  {
    // Not the recommended setup: shows what blocking="render" is for (CLS), and what it costs (FCP).
    id: 'pq-markup-async',
    label: 'postquote <tweet-quote> markup, without blocking=render',
    group: 'post',
    variant: true,
    tag: 'tweet-quote',
    files: ['dist/cdn/postquote.min.js', 'dist/cdn/postquote.min.css'],
    head: pqHeadAsync,
    item: tweetQuoteMarkup,
    check: shadowCheck('tweet-quote'),
  },
  {
    // The same page with the posts-only bundle, which a page that quotes no video can load instead.
    id: 'pq-markup-posts',
    label: 'postquote <tweet-quote> markup, post-quote.min.js',
    group: 'post',
    variant: true,
    tag: 'tweet-quote',
    files: ['dist/cdn/post-quote.min.js', 'dist/cdn/postquote.min.css'],
    head: pqHeadFor('post-quote.min.js'),
    item: tweetQuoteMarkup,
    check: shadowCheck('tweet-quote'),
  },
  {
    // Not the English floor's page: the same cards in a lang="de" page, catalog fetched on demand.
    id: 'pq-markup-de',
    label: 'postquote markup, lang=de page, postquote.min.js',
    group: 'post',
    variant: true,
    lang: 'de',
    tag: 'tweet-quote',
    files: ['dist/cdn/postquote.min.js', 'dist/cdn/postquote.min.css'],
    head: pqHead,
    item: tweetQuoteMarkup,
    check: shadowCheck('tweet-quote'),
  },
  {
    id: 'pq-markup-de-bundle',
    label: 'postquote markup, lang=de page, postquote.de.min.js',
    group: 'post',
    variant: true,
    lang: 'de',
    tag: 'tweet-quote',
    files: ['dist/cdn/postquote.de.min.js', 'dist/cdn/postquote.min.css'],
    head: pqHeadDe,
    item: tweetQuoteMarkup,
    check: shadowCheck('tweet-quote'),
  },
  {
    id: 'pq-json',
    label: 'postquote <tweet-quote> JSON',
    group: 'post',
    tag: 'tweet-quote',
    files: ['dist/cdn/postquote.min.js', 'dist/cdn/postquote.min.css'],
    head: pqHead,
    item: () => `<tweet-quote><script type="application/json">${inlineJson(postJson)}</script></tweet-quote>`,
    check: shadowCheck('tweet-quote'),
  },
  {
    id: 'react-tweet',
    label: 'react-tweet (React 19, client)',
    group: 'post',
    files: ['bench/dist/react-tweet.js', 'bench/dist/react-tweet.css'],
    head: '<link rel="stylesheet" href="/bench/dist/react-tweet.css"><script type="module" src="/bench/dist/react-tweet.js"></script>',
    item: () => `<div class="rt"><script type="application/json">${inlineJson(tweetResult)}</script></div>`,
    check: selectorCheck('.rt', 'article'),
  },
  {
    id: 'bluesky',
    label: 'bluesky-post-embed',
    group: 'post',
    tag: 'bluesky-post',
    files: ['bench/dist/bluesky.js', 'bench/dist/bluesky.css'],
    head: '<link rel="stylesheet" href="/bench/dist/bluesky.css"><script type="module" src="/bench/dist/bluesky.js"></script>',
    item: () => {
      const p = bskyThread.thread.post;
      const postUrl = `https://bsky.app/profile/${p.author.did}/post/${p.uri.split('/').pop()}`;
      return (
        `<bluesky-post src="${p.uri}"><blockquote class="bluesky-post-fallback"><p dir="auto">${esc(tweet.text)}</p>` +
        `— ${esc(tweet.name)} (@${p.author.handle}) <a href="${postUrl}">${displayDate} at 12:00 PM</a></blockquote></bluesky-post>`
      );
    },
    check: selectorCheck('bluesky-post', '.highlighted-post'),
  },
  {
    id: 'static-video',
    label: 'static HTML video (floor)',
    group: 'video',
    floor: true,
    files: ['bench/entries/static.css'],
    head: '<link rel="stylesheet" href="/bench/entries/static.css">',
    item: () =>
      `<figure class="video"><a href="${youtubeUrl}"><img src="${video.poster}" width="${video.posterWidth}" height="${video.posterHeight}" ` +
      `alt="Play: ${esc(video.author)} on YouTube"></a>${videoCaption}</figure>`,
    check: selectorCheck('figure.video'),
  },
  {
    id: 'video-appeal',
    label: 'postquote <video-appeal>',
    group: 'video',
    ref: true,
    tag: 'video-appeal',
    files: ['dist/cdn/postquote.min.js', 'dist/cdn/postquote.min.css'],
    head: pqHead,
    item: () =>
      `<video-appeal provider="youtube" video-id="${video.id}" poster="${video.poster}" duration="${video.duration}" ` +
      `author="${esc(video.author)}"><blockquote lang="en"><p>${esc(video.quote)}</p></blockquote></video-appeal>`,
    check: shadowCheck('video-appeal'),
  },
  {
    id: 'lite-youtube',
    label: '@justinribeiro/lite-youtube',
    group: 'video',
    tag: 'lite-youtube',
    files: ['bench/dist/lite-youtube.js'],
    head: '<script type="module" src="/bench/dist/lite-youtube.js"></script>',
    item: () =>
      `<figure class="lyt"><lite-youtube videoid="${video.id}" videotitle="${esc(video.author)}"></lite-youtube>${videoCaption}</figure>`,
    check: `(n) => {
      const els = document.getElementsByTagName('lite-youtube');
      if (els.length !== n || !customElements.get('lite-youtube')) return false;
      for (const el of els) if (!el.shadowRoot || !el.shadowRoot.querySelector('#playButton')) return false;
      return true;
    }`,
  },
  {
    id: 'lite-youtube-embed',
    label: 'lite-youtube-embed (Paul Irish)',
    group: 'video',
    tag: 'lite-youtube',
    files: ['bench/dist/lite-youtube-embed.js', 'bench/dist/lite-youtube-embed.css'],
    head: '<link rel="stylesheet" href="/bench/dist/lite-youtube-embed.css"><script type="module" src="/bench/dist/lite-youtube-embed.js"></script>',
    item: () =>
      `<figure class="lyt"><lite-youtube videoid="${video.id}" playlabel="Play: ${esc(video.author)}"></lite-youtube>${videoCaption}</figure>`,
    check: selectorCheck('lite-youtube', '.lyt-playbtn'),
  },
];
export const byId = new Map(contenders.map((c) => [c.id, c]));

/** Inline in every page's <head>, before anything else: observers and the completion poll. */
const harness = (n, check) => `<script>(() => {
  const B = (window.__bench = { n: ${n}, longtasks: [], cls: 0, shifts: [], renderedAt: null });
  B.done = new Promise((resolve) => (B.resolve = resolve));
  const watch = (type, fn) => { try { new PerformanceObserver((l) => l.getEntries().forEach(fn)).observe({ type, buffered: true }); } catch {} };
  watch('longtask', (e) => B.longtasks.push([e.startTime, e.duration]));
  // Keep what moved in the first few shifts, so the report can say where CLS comes from.
  const who = (n) => !n ? '?' : n.nodeType !== 1 ? n.nodeName : n.localName + (n.getAttribute('part') ? '[part=' + n.getAttribute('part') + ']' : n.className && typeof n.className === 'string' ? '.' + n.className.split(' ')[0] : '');
  watch('layout-shift', (e) => {
    if (e.hadRecentInput) return;
    B.cls += e.value;
    B.shifts.push({ t: Math.round(e.startTime), v: +e.value.toFixed(4), moved: B.shifts.length < 5 ? (e.sources || []).slice(0, 3).map((s) => who(s.node) + ' ' + Math.round(s.previousRect.height) + '→' + Math.round(s.currentRect.height) + 'px tall, y ' + Math.round(s.previousRect.y) + '→' + Math.round(s.currentRect.y)) : undefined });
  });
  const check = ${check};
  // Checked at each frame; once every embed is in the DOM, the mark is taken after that frame's
  // style, layout and paint (a message posted from rAF runs after the frame), so render cost counts.
  const after = new MessageChannel();
  after.port1.onmessage = () => {
    B.renderedAt = performance.mark('all-rendered').startTime;
    B.resolve(B.renderedAt);
  };
  const tick = () => {
    if (document.readyState !== 'loading' && check(B.n)) after.port2.postMessage(0);
    else requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();</script>`;

const shell = `
  body { margin: 0; font: 16px/1.5 Georgia, serif; color: #222; background: #fff; }
  main { max-width: 640px; margin: 0 auto; padding: 16px; }
  section > p { margin: 1rem 0; }`;

/** The page for one contender at N embeds, or undefined for an unknown contender. */
export function renderPage(id, n) {
  const c = byId.get(id);
  if (!c) return undefined;
  const items = [];
  for (let i = 0; i < n; i++) {
    items.push(
      `<section><p>Paragraph ${i + 1}: the reporting around the quoted post, as an article would have it.</p>${c.item(i)}</section>`,
    );
  }
  return `<!doctype html>
<html lang="${c.lang ?? 'en'}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>bench: ${c.id} × ${n}</title>
<style>${shell}</style>
${harness(n, c.check)}
${c.head}
</head><body><main><h1>Aleppo, December 2016</h1>
${items.join('\n')}
</main></body></html>`;
}
