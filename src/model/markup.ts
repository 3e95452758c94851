// toMarkup(): a post object → the markup a CMS template would write for it (README, "Markup from a
// server"): one element with its attributes, the text as a light-DOM <blockquote>, the translation,
// photos (or a <video-appeal>'s tracks, transcript and link), and inline JSON for what those cannot
// carry. Pure (no DOM): runs in Node and in the browser.
// Its own entry (postquote/markup): no element or script-tag bundle imports it.
import { parse } from './index.js';
import type { Post, Problem, TextLink } from './post.js';
import { platformOfUrl } from '../platforms/index.js';
import type { Platform } from '../platforms/platform.js';
import { untrackPost } from '../platforms/tracking.js';
import { x } from '../platforms/x.js';
import { bluesky } from '../platforms/bluesky.js';
import { others } from '../platforms/others.js';
import { textDir, validLang } from '../i18n/locale.js';

/** Every platform's module at hand: toMarkup runs on a CMS's server, where no chunk is loaded on demand. */
const platforms = new Map<string | undefined, Platform>([x, bluesky, ...others].map((p) => [p.id, p]));

export interface MarkupOptions {
  /**
   * The element to write; by default `<video-appeal>` for a post with a `video` (only it plays one),
   * else `<tweet-quote>` for an X post, else `<post-quote>`.
   */
  element?: 'tweet-quote' | 'post-quote' | 'video-appeal';
  /**
   * The page's language (BCP 47): the no-JS reader's words (see `summary`, and a video's link) are in
   * it for en, de, fr, es and ar, else in English (marked `lang="en" dir="ltr"`).
   */
  lang?: string;
  /**
   * The no-JS reader's words on the `<summary>` that opens a warned post's photos (the card is not
   * there to say them): by default "Show the photo (<warning>)" or "Show the photos (<warning>)", in `lang`.
   */
  summary?: string;
  /**
   * `<video-appeal>`: the video's transcript, as plain text (a blank line between paragraphs), in the
   * page's language; `{ text, lang }` for one in another (the video's own, say).
   */
  transcript?: string | Wording;
  /** `<video-appeal>`: where the key quote (the post's text) is said in the video, in seconds ("12", "0:12", "PT12S"): a "Play from" button. */
  quoteStart?: number | string;
  /** `<video-appeal>`: the box's shape when the video's `width` and `height` are not known: `portrait` (9:16) or `landscape` (16:9, the default). */
  orientation?: 'portrait' | 'landscape';
  /** `<video-appeal>`: how the player fetches a self-hosted file and its subtitles, as on `<video>` (subtitles on another origin need it). */
  crossorigin?: 'anonymous' | 'use-credentials';
  /**
   * `<video-appeal>`: the page's own words before a third-party player loads (plain text), in place of
   * the card's notice naming the provider; in the page's language, or `{ text, lang }`.
   */
  consent?: string | Wording;
  /**
   * `'wordpress'`: markup that WordPress's wpautop (classic editor content) leaves whole, as Markdown
   * does: the element in a `<div>`, on one line, its children that are no block (photos, tracks, the
   * poster link, `<noscript>`, inline JSON) before its blockquotes and `<div>`s; and the characters
   * its other filters would change (wptexturize's dashes and ellipsis, smilies, "Wordpress") as
   * character references, so that the text stays the post's.
   */
  cms?: 'wordpress';
}

/** Plain text the newsroom gives, and its language when it is not the page's (BCP 47). */
export interface Wording {
  text: string;
  lang?: string;
}

export interface MarkupResult {
  /** The element's HTML, every value escaped. */
  html: string;
  /** parse()'s problems, and what the markup leaves out (same `{ code, field, message }` shape). */
  problems: Problem[];
}

/**
 * The no-JS reader's words, by the page's language: the summary over one photo, two (Arabic's dual),
 * or more behind a warning, and a video's link. Here, not in the catalogs: those are in the elements' bundles.
 */
const words: Record<string, [string, string, string, string]> = {
  en: ['Show the photo', 'Show the photos', 'Show the photos', 'Watch the video'],
  de: ['Foto anzeigen', 'Fotos anzeigen', 'Fotos anzeigen', 'Video ansehen'],
  fr: ['Afficher la photo', 'Afficher les photos', 'Afficher les photos', 'Regarder la vidéo'],
  es: ['Mostrar la foto', 'Mostrar las fotos', 'Mostrar las fotos', 'Ver el vídeo'],
  ar: ['عرض الصورة', 'عرض الصورتين', 'عرض الصور', 'مشاهدة الفيديو'],
};

/**
 * Text for HTML: in an attribute value (double-quoted) or between tags, nothing but text. A line break
 * is a character reference (the same character to the HTML parser): a blank line inside the element
 * (a verification note's paragraphs) ended Markdown's HTML block, which then showed the tag as text.
 */
const escape = (s: string) =>
  s.replace(
    /[&<>"'\n\r]/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '\n': '&#10;', '\r': '&#13;' })[c]!,
  );

/**
 * What the HTML parser cannot carry as it is: NUL (dropped from text, U+FFFD in an attribute) and a
 * lone surrogate (U+FFFD once the page is written as UTF-8). Such a value goes in the inline JSON.
 */
const unsafe = /\0|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const unsafeAll = new RegExp(unsafe.source, 'g');
const safe = (s: string) => !unsafe.test(s);
/** For the no-JS reader: what the parser would make of it anyway. */
const shown = (s: string) => escape(s.replace(unsafeAll, '\uFFFD'));

/**
 * Whether the blockquote reader (src/sources/text.ts) reads `text`, written with a `<br>` for each
 * line break, as it is: HTML folds runs of whitespace and drops spaces at line ends. After wpautop
 * (`wordpress`), whose paragraphs stand for `<br><br>`, not for more, nor for one at either end.
 */
const foldsTo = (text: string, wordpress?: boolean) =>
  safe(text) && !/[\t\f\r]| {2}| \n|\n /.test(text) && !(wordpress && /\n\n\n|^\n|\n$/.test(text));

/** Link ranges the reader reads back: in order, apart, and neither starting nor ending on a space or inside a character. */
function linksRead(text: string, links: TextLink[], wordpress?: boolean): boolean {
  let last = 0;
  for (const { start, end, url } of links) {
    if (
      start < last ||
      !safe(url) ||
      /^[ \uDC00-\uDFFF]/.test(text.slice(start)) ||
      /[ \uD800-\uDBFF]$/.test(text.slice(0, end)) ||
      // wpautop ends a paragraph inside the link, and the parser makes two links of it.
      (wordpress && text.slice(start, end).includes('\n\n'))
    )
      return false;
    last = end;
  }
  return true;
}

/**
 * Text for WordPress, whose filters on a post's content change characters of its text (not of its
 * attributes, nor in a <script>), but not the same characters written as character references, which
 * the HTML parser reads back as they were: wptexturize's `--` and a dash alone (dashes), `...` (an
 * ellipsis), ``` `` ``` and ` (tm)`, and the x of 3x4 (×); its quotes are references already (escape);
 * convert_smilies' `:)`, `;-)`, `8O` as words (emoji). `s` is escaped text between two tags, as
 * wptexturize splits it: its start and end are a word's.
 */
const unfiltered = (s: string) =>
  s.replace(
    /-(?=[-\s]|$)|(?<=^|[-\s])-|\.(?=\.)|(?<=\.)\.|`(?=`)|(?<=`)`|\((?=tm\))|(?=x\d)(?<=\d[\d.,]*)x|(?<=^|\s)([:;]|8(?=[-O]))/g,
    (c) => `&#${c.charCodeAt(0)};`,
  );

/** Escaped text, and for WordPress (`wordpress`) as its filters leave it. */
const written = (s: string, wordpress?: boolean) => (wordpress ? unfiltered(shown(s)) : shown(s));

/**
 * Text with a `<br>` for each line break, and the link ranges as anchors (none when `links` is empty);
 * for WordPress (`wordpress`), each piece between tags as its filters leave it.
 */
function textHtml(text: string, links: TextLink[] = [], wordpress?: boolean): string {
  const lines = (s: string) =>
    s
      .split('\n')
      .map((line) => written(line, wordpress))
      .join('<br>');
  let out = '';
  let at = 0;
  for (const { start, end, url } of links) {
    out += lines(text.slice(at, start)) + `<a href="${escape(url)}">${lines(text.slice(start, end))}</a>`;
    at = end;
  }
  return out + lines(text.slice(at));
}

/**
 * Platform HTML as plain text, for the no-JS reader only (the card renders the HTML itself, from the
 * inline JSON, through its sanitizer): line breaks for <br> and paragraphs, no tags, a few entities.
 */
const htmlText = (html: string) =>
  html
    .replace(/<(script|style|template)\b[^]*?(<\/\1\s*>|$)/gi, '')
    .replace(/<br\b[^>]*>?/gi, '\n')
    .replace(/<\/(p|div|li|h\d|blockquote|pre)\s*>/gi, '\n\n')
    .replace(/<[^>]*>?/g, '')
    .replace(/&(#x[\da-f]+|#\d+|amp|lt|gt|quot|apos|nbsp);/gi, (m, e: string) => {
      const n = e[0] === '#' ? parseInt(e.slice(e[1] === 'x' || e[1] === 'X' ? 2 : 1), e.length > 1 && /x/i.test(e[1]) ? 16 : 10) : NaN;
      const named = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' }[e.toLowerCase()];
      return named ?? (n > 0 && n <= 0x10ffff && !(n >= 0xd800 && n <= 0xdfff) ? String.fromCodePoint(n) : m);
    })
    .replace(/[ \t]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();

/** Where each attribute's value comes from (src/sources/attributes.ts reads them back). */
const attributes: [string, (p: Post) => unknown, string][] = [
  ['href', (p) => p.url, 'url'],
  ['author', (p) => p.author?.name, 'author.name'],
  ['handle', (p) => p.author?.handle, 'author.handle'],
  ['author-href', (p) => p.author?.url, 'author.url'],
  ['avatar', (p) => p.author?.avatar, 'author.avatar'],
  ['author-verified', (p) => p.author?.verified, 'author.verified'],
  ['datetime', (p) => p.createdAt, 'createdAt'],
  ['shares', (p) => p.metrics?.shares, 'metrics.shares'],
  ['likes', (p) => p.metrics?.likes, 'metrics.likes'],
  ['replies', (p) => p.metrics?.replies, 'metrics.replies'],
  ['quotes', (p) => p.metrics?.quotes, 'metrics.quotes'],
  ['views', (p) => p.metrics?.views, 'metrics.views'],
  ['counted-at', (p) => p.metrics?.countedAt, 'metrics.countedAt'],
  ['verification', (p) => p.verification?.status, 'verification.status'],
  ['verification-note', (p) => p.verification?.note, 'verification.note'],
  ['content-warning', (p) => p.contentWarning, 'contentWarning'],
  ['status', (p) => p.status, 'status'],
  ['archive-href', (p) => p.archive?.url, 'archive.url'],
  ['archived-at', (p) => p.archive?.at, 'archive.at'],
  ['anonymize', (p) => p.anonymize, 'anonymize'],
];

/** <video-appeal>'s attributes for its `video` (src/elements/video-appeal/video-appeal.ts reads them back). */
const videoAttributes = [
  ['src', 'src'],
  ['provider', 'provider'],
  ['video-id', 'id'],
  ['start', 'start'],
  ['duration', 'duration'],
  ['poster', 'poster'],
  ['width', 'width'],
  ['height', 'height'],
] as const;

/** Sets `path` (a.b) of `json` to `value`. */
function put(json: Record<string, unknown>, path: string, value: unknown): void {
  const [a, b] = path.split('.') as [string, string?];
  if (b) ((json[a] ??= {}) as Record<string, unknown>)[b] = value;
  else json[a] = value;
}

/**
 * The element and its children for `input` (anything parse() accepts), such that the element renders
 * parse(input).post and readers without JavaScript get the author's name, the text, the translation
 * and the photos (those behind a content warning inside `<noscript><details>`). Never throws.
 */
export function toMarkup(input: unknown, options?: MarkupOptions): MarkupResult {
  const { post, problems } = parse(input);
  // A share link's tracking (X's s and t, which name who shared it; utm_*, fbclid, …) is no part of the
  // links written, as the element drops it from the links it shows: readers without JavaScript follow these.
  untrackPost(post, (id) => platforms.get(id));
  const json: Record<string, unknown> = {};
  const { element: wanted, summary: summaryWords, lang: pageLang, quoteStart, orientation, crossorigin } = options ?? {};
  const wordpress = options?.cms === 'wordpress';
  // The page's words, else English, marked as such on a page in another language.
  const given = typeof pageLang == 'string' && pageLang.trim();
  const primary = given ? given.toLowerCase().split(/[-_]/)[0]! : 'en';
  const known = Object.hasOwn(words, primary); // not "constructor", a key of Object.prototype
  const say = words[known ? primary : 'en']!;
  const sayLang = known ? '' : ' lang="en" dir="ltr"'; // English on a Persian or Hebrew page too
  let tag = post.platform === 'x' ? 'tweet-quote' : 'post-quote';
  // A post's `video` is what only <video-appeal> plays: the newsroom gave it to be played.
  if (wanted === 'video-appeal' || (wanted === undefined && post.video)) tag = 'video-appeal';
  else if (wanted === 'post-quote' || (wanted === 'tweet-quote' && (post.platform === 'x' || platformOfUrl(post.url))))
    tag = wanted; // <tweet-quote> makes a post without a platform's link an X post
  else if (wanted !== undefined)
    problems.push({
      code: 'invalid-value',
      field: 'element',
      message: `element: ${String(wanted)} would not show this post as it is, wrote <${tag}>`,
    });
  const video = tag === 'video-appeal';

  // <post-quote> and <tweet-quote> do not read a video (only <video-appeal> plays one): not written, and reported.
  for (let p: Post | undefined = video ? undefined : post, field = 'video'; p; p = p.quoted, field = `quoted.${field}`)
    if (p.video) {
      problems.push({ code: 'invalid-value', field, message: `${field}: only <video-appeal> plays a video, not <${tag}>: left out` });
      delete p.video;
    }
  // Only <video-appeal> has a transcript, a consent notice, a box's shape, a player, and a key quote (the
  // text) to play from. Each option in a form the element reads, else reported and left out.
  const wording = (field: 'transcript' | 'consent'): Wording | undefined => {
    const o = options?.[field];
    if (o === undefined) return;
    const { text, lang } = (typeof o == 'string' ? { text: o } : (o ?? {})) as { text?: unknown; lang?: unknown };
    const l = lang === undefined || lang === '' ? '' : typeof lang == 'string' ? validLang(lang) : undefined;
    const [wrong, at] = !video
      ? [`<${tag}> has none`, field]
      : typeof text != 'string'
        ? ['not text', field]
        : l === undefined
          ? ['not a BCP 47 language', `${field}.lang`]
          : [];
    if (!wrong) return { text: text as string, lang: l || undefined };
    problems.push({ code: 'invalid-value', field: at, message: `${at}: ${wrong}: left out` });
  };
  const transcript = wording('transcript');
  const consent = wording('consent');
  let player = '';
  for (const [name, value, allowed] of [
    ['orientation', orientation, ['portrait', 'landscape']],
    ['crossorigin', crossorigin, ['anonymous', 'use-credentials']],
  ] as const)
    if (value === undefined) continue;
    else if (video && (allowed as readonly unknown[]).includes(value)) player += ` ${name}="${value as string}"`;
    else
      problems.push({
        code: 'invalid-value',
        field: name,
        message: `${name}: ${video ? `expected ${allowed.join(' or ')}` : `<${tag}> has none`}: left out`,
      });
  const quoted = video && (post.text ?? post.html) !== undefined;
  const jump = quoted && quoteStart !== undefined ? parse({ video: { start: quoteStart } }).post.video?.start : undefined;
  if (quoteStart !== undefined && jump === undefined)
    problems.push({
      code: quoted ? 'invalid-number' : 'invalid-value',
      field: 'quoteStart',
      message: `quoteStart: ${quoted ? 'not a time in seconds' : `no key quote in <${tag}>`}: left out`,
    });
  // The post's own fields that neither attributes nor markup carry.
  for (const k of ['id', 'editedAt', 'quoted', 'replyTo', 'sensitive', 'platformNote'] as const)
    if (post[k] !== undefined) json[k] = post[k];
  if (post.verification?.by) put(json, 'verification.by', post.verification.by);
  if (post.verification?.at) put(json, 'verification.at', post.verification.at);

  let attrs = '';
  // <tweet-quote> has no `platform`: it is X (or its link's platform).
  if (tag !== 'tweet-quote' && post.platform) attrs += ` platform="${post.platform}"`;
  for (const [name, get, path] of attributes) {
    const v = get(post);
    if (v === undefined) continue;
    if (v === true) attrs += ` ${name}`;
    else {
      const s = v === false ? 'false' : String(v);
      attrs += ` ${name}="${shown(s)}"`;
      if (!safe(s)) put(json, path, v);
    }
  }

  const children: string[] = [];
  const v = video ? post.video : undefined;
  if (v) {
    // The video's attributes (the element reads them as its `video`); a number in a form they do not
    // take (1e-7), and the file's `type`, are the JSON's.
    for (const [name, key] of videoAttributes) {
      const x = v[key];
      if (x === undefined) continue;
      const s = String(x);
      if (typeof x == 'number' && !/^\d+(\.\d+)?$/.test(s)) put(json, `video.${key}`, x);
      else {
        attrs += ` ${name}="${shown(s)}"`;
        if (!safe(s)) put(json, `video.${key}`, x);
      }
    }
    attrs += player;
    if (v.type !== undefined) put(json, 'video.type', v.type);
    const tracks = v.tracks ?? [];
    // <track> children, read as given; one the markup cannot give (`default: false`, a NUL) makes the
    // list the JSON's.
    if (tracks.every((t) => t.default !== false && [t.src, t.kind, t.srclang, t.label].every((x) => x === undefined || safe(x))))
      children.push(
        ...tracks.map(
          (t) =>
            `<track${attr('kind', t.kind)}${attr('srclang', t.srclang)}${attr('label', t.label)}${attr('src', t.src)}${t.default ? ' default' : ''}>`,
        ),
      );
    else put(json, 'video.tracks', tracks);
  }
  const { text, links, html, lang, dir } = post;
  const anonymous = post.anonymize;
  // An anonymized card reports any link left in its fallback (anonymize-fallback): there the text's links are the JSON's.
  const linked = links && !anonymous ? links : undefined;
  if (text !== undefined || html !== undefined) {
    const quote =
      attr('lang', lang) +
      attr('dir', dir) +
      (anonymous ? '' : attr('cite', post.url)) +
      (jump === undefined ? '' : attr('data-start', String(+jump.toFixed(3))));
    if (html !== undefined || !foldsTo(text!, wordpress) || (links && (anonymous || !linksRead(text!, links, wordpress)))) {
      // A layer that gives HTML replaces the text below it: the JSON then carries all of it.
      Object.assign(json, { text, links, html });
      const read = text !== undefined && linked && linksRead(text, linked) ? linked : undefined;
      children.push(`<blockquote${quote}>${textHtml(text ?? htmlText(html!), read, wordpress)}</blockquote>`);
    } else children.push(`<blockquote${quote}>${textHtml(text!, linked, wordpress)}</blockquote>`);
  } else Object.assign(json, { lang, dir });

  const tr = post.translation;
  if (tr?.text !== undefined) {
    children.push(
      `<blockquote slot="translation"${attr('lang', tr.lang)}${attr('data-by', tr.by)}>${textHtml(tr.text, [], wordpress)}</blockquote>`,
    );
    if (!foldsTo(tr.text, wordpress) || ![tr.lang, tr.by].every((s) => s === undefined || safe(s))) json.translation = tr;
  } else if (tr) json.translation = tr;

  const media = post.media;
  const warned = Boolean(post.contentWarning || post.sensitive);
  if (video) {
    // <video-appeal> shows no photos: they are the JSON's (the card reads a video attachment there).
    if (media) json.media = media;
    // Nor a quoted post: said, as a video left out of the other elements is.
    for (const [field, left] of [
      ['media', media?.some((m) => m.type != 'video')],
      ['quoted', post.quoted],
    ] as const)
      if (left)
        problems.push({ code: 'invalid-value', field, message: `${field}: <video-appeal> does not show it: only in its inline JSON` });
    const paragraphs =
      transcript?.text
        .replace(/\r\n?/g, '\n')
        .trim()
        .split(/\n\s*\n/) ?? [];
    if (paragraphs[0])
      children.push(
        `<div slot="transcript"${inLang(transcript!.lang)}>${paragraphs.map((p) => `<p>${textHtml(p.trim(), [], wordpress)}</p>`).join('')}</div>`,
      );
    // The page's consent notice, in place of the card's: for the third-party player alone (the card shows it only there).
    const notice = consent?.text.trim();
    if (notice) children.push(`<div slot="consent"${inLang(consent!.lang)}>${textHtml(notice, [], wordpress)}</div>`);
    // The no-JS reader's way to the video: the original's link, with the poster where its size keeps the card's box
    // (postquote.css). None for a post that is gone or anonymized (the card links to neither), nor a warned poster.
    if (post.url && !anonymous && (!post.status || post.status === 'available'))
      children.push(
        v?.poster && v.width && v.height && !warned
          ? `<a href="${shown(post.url)}"><img${attr('src', v.poster)}${attr('alt', say[3])}${sayLang} width="${v.width}" height="${v.height}" referrerpolicy="no-referrer"></a>`
          : `<a href="${shown(post.url)}"${sayLang}>${say[3]}</a>`,
      );
  } else if (media) {
    const images = media.filter((m) => m.type === 'image');
    const img = images.map(
      (m) =>
        `<img${warned ? '' : ' slot="media"'}${attr('src', m.url)}${attr('alt', m.alt ?? '')}${attr('width', m.width)}${attr('height', m.height)} referrerpolicy="no-referrer">`,
    );
    // Photos an <img slot="media"> gives exactly; anything else (a video, a GIF, a photo behind a warning, one with a poster) is the JSON's.
    if (warned || images.length < media.length || !images.every((m) => !m.poster && [m.url, m.alt ?? ''].every(safe))) json.media = media;
    if (!warned) children.push(...img);
    else if (img.length) {
      const custom = typeof summaryWords == 'string' && summaryWords.trim();
      const summary = custom || `${say[Math.min(img.length, 3) - 1]}${post.contentWarning ? ` (${post.contentWarning})` : ''}`;
      // For wpautop, a space in these end tags (valid HTML), which its patterns then take for no block's:
      // after `</details>` it began a <p>, in which the parser ignores `</noscript>` without JavaScript,
      // and the element's quote and JSON fell into the <noscript>.
      const end = wordpress ? ' ' : '';
      children.push(
        `<noscript><details><summary${custom ? '' : sayLang}>${written(summary, wordpress)}</summary${end}>${img.join('')}</details${end}></noscript>`,
      );
    }
  }

  if (Object.keys(json).some((k) => json[k] !== undefined))
    children.push(
      `<script type="application/json">${JSON.stringify(json).replace(/[<>&]/g, (c) => `\\u00${c.charCodeAt(0).toString(16)}`)}</script>`,
    );
  if (wordpress) {
    // wpautop makes a paragraph of each run between block tags (<blockquote>, <div>, …) and of each line:
    // one line, and the element's first run not a <p> of its own, but inside the <div> it leaves whole
    // (it takes a `<p` at the start of a run for a block, which keeps <post-quote>'s tags whole as well).
    // Its <p> closing the first run, and one opening the last, are empty in the element; the <div>'s end
    // closes the element. Runs of text in a blockquote become its <p>, read as the same text.
    const block = (c: string) => /^<(blockquote|div)/.test(c);
    const ordered = [...children.filter((c) => !block(c)), ...children.filter(block)];
    // WordPress's capital_P_dangit writes "WordPress" for " Wordpress" (and after `>`, `(`, a curly quote)
    // anywhere, attributes and <script> included: one letter of it is written as a reference there.
    // Its do_shortcode runs a registered shortcode's `[name]` in text and <script> alike (`[gallery]`):
    // each `[` is a reference too (in the JSON's strings; its arrays' brackets start no name). The
    // closing quote is optional so that no string is scanned twice (JSON.stringify closes them all).
    const html = `<div><${tag}${attrs}>${ordered.join('')}</${tag}></div>`.replace(
      /(<script type="application\/json">[^<]*)|Wordpress|\[/g,
      (found, json?: string) =>
        json
          ? json.replaceAll('Wordpress', 'Word\\u0070ress').replace(/"(?:[^"\\]|\\.)*"?/g, (s) => s.replaceAll('[', '\\u005b'))
          : found === '['
            ? '&#91;'
            : 'Word&#112;ress',
    );
    return { html, problems };
  } else if (options?.cms !== undefined)
    problems.push({ code: 'invalid-value', field: 'cms', message: `cms: expected wordpress: left out` });
  return { html: `<${tag}${attrs}>${children.map((c) => `\n  ${c}`).join('')}\n</${tag}>`, problems };
}

/** A language other than the page's, and its direction (as the card gives a translation's). */
const inLang = (lang: string | undefined) => (lang ? ` lang="${shown(lang)}" dir="${textDir(lang)}"` : '');

/** ` name="value"`, or nothing for no value. */
function attr(name: string, value: string | number | undefined): string {
  return value === undefined ? '' : ` ${name}="${shown(String(value))}"`;
}
