// Reads what the page wrote inside the element: the post blockquote (plain, or a platform's pasted
// embed code), the translation, media, and inline JSON. Reads only; the light DOM is never changed.
import type { RawPost } from '../platforms/platform.js';
import { embedOf, loadEmbedReader, platformById } from '../platforms/index.js';
import { readText } from './text.js';

export interface MarkupSources {
  /** The light-DOM layer (lowest precedence). */
  markup: RawPost;
  /** The inline JSON layer, when there is a `<script type="application/json">` child. */
  json?: unknown;
  jsonError?: string;
  /** Pending while a platform JSON adapter, or the module that reads a pasted embed code, loads. */
  adapting?: Promise<void>;
  /** The JSON was the platform's own (handles and URLs in it came from the platform, not the editor). */
  adapted?: boolean;
}

/** An empty value is absent, as for the element's own attributes: a template's `lang="{{ post.lang }}"` for a post without one. */
const attr = (el: Element, name: string) => el.getAttribute(name) || undefined;

function readBlockquote(bq: Element): RawPost {
  const id = embedOf(bq);
  const reader = platformById(id)?.readEmbed;
  if (reader) return reader(bq);
  // A plain blockquote, or an embed code whose platform module failed to load: its text and cite.
  return { ...readText(bq), lang: attr(bq, 'lang'), dir: attr(bq, 'dir'), url: attr(bq, 'cite'), platform: id };
}

/** The post's blockquote, or Facebook's <div class="fb-post"> (or "fb-video") around it. */
const isPost = (el: Element) => (el.localName === 'blockquote' || el.matches('div:is(.fb-post,.fb-video)')) && !el.getAttribute('slot');

function readMedia(el: Element): RawPost | undefined {
  const src = attr(el, 'src') ?? el.querySelector('source[src]')?.getAttribute('src');
  if (!src) return undefined;
  const image = el.localName === 'img';
  return {
    type: image ? 'image' : el.hasAttribute('loop') && el.hasAttribute('muted') ? 'gif' : 'video',
    url: src,
    alt: image ? attr(el, 'alt') : (attr(el, 'aria-label') ?? attr(el, 'title')),
    width: attr(el, 'width'),
    height: attr(el, 'height'),
    poster: image ? undefined : attr(el, 'poster'),
  };
}

/** Keys of a platform's own JSON (X, its API v2, Mastodon, Bluesky); a postquote post object needs none of them. */
const platformKeys = [
  'id_str',
  'full_text',
  'user',
  '__typename',
  'data',
  'author_id',
  'account',
  'content',
  'reblog',
  'record',
  'uri',
  'thread',
  'posts',
];
/** Fields only the newsroom sets: never taken from JSON in a platform's shape (a warning stays: it only hides more). */
const newsroomFields = ['verification', 'status', 'archive', 'platformNote'];

/**
 * Platform JSON becomes a post through its platform's adapter, loaded on demand: `adapting`
 * resolves once `json` is the adapted post. Until then, or if no adapter reads it (a post object
 * with a `content` field of its own), it is a post without the newsroom's fields, so that a hostile
 * instance's slightly malformed status cannot carry a "verified by the newsroom" label, a status or
 * an archive past every adapter. Those it had are reported as a `jsonError`.
 */
function adaptJson(sources: MarkupSources): void {
  const v = sources.json;
  // Own keys of an array or a JSON primitive are never among platformKeys.
  if (v == null || !platformKeys.some((k) => Object.hasOwn(v, k))) return;
  const set = newsroomFields.filter((k) => Object.hasOwn(v, k));
  sources.json = Object.fromEntries(Object.entries(v).filter(([k]) => !set.includes(k)));
  if (set.length) sources.jsonError = `JSON in a platform's shape may not set ${set.join(', ')}: ignored`;
  // No try/catch inside this callback: Rollup 4 then drops the chunk's exports (rollup/rollup#6250).
  sources.adapting = import('../platforms/adapters/index.js').then(
    ({ adapt }) => applyAdapter(sources, adapt, v),
    () => undefined, // the adapters did not load: the JSON stays as it is above
  );
}

function applyAdapter(sources: MarkupSources, adapt: (json: unknown) => RawPost | undefined, json: unknown): void {
  try {
    const post = adapt(json);
    if (post) Object.assign(sources, { json: post, adapted: true, jsonError: undefined });
  } catch {
    // An adapter that cannot read this JSON: it stays as it is above.
  }
}

/**
 * Facebook's iframe form (plugins/post.php or video.php, pasted or wrapped by a CMS, or v19.0/plugins/…
 * as sdk.js writes it in the code's place): the first of them, past any other iframe (a YouTube
 * player), as the first of two pasted codes is read.
 */
const facebookFrame = (host: Element) =>
  [...host.querySelectorAll('iframe')].find((f) =>
    /^https?:\/\/([\w-]+\.)*facebook\.com\/(v[\d.]+\/)?plugins\/(post|video)\.php\?/.test(f.src),
  );

export function readMarkup(host: Element): MarkupSources {
  // A pasted embed code (X, Bluesky, Mastodon, Facebook's iframe) whose reader is an unloaded chunk: load it, then read everything.
  const frame = facebookFrame(host);
  const loads = [...host.children].map((el) => isPost(el) && loadEmbedReader(embedOf(el)));
  if (frame) loads.push(loadEmbedReader('facebook'));
  if (loads.some(Boolean)) {
    const sources: MarkupSources = { markup: {} };
    sources.adapting = Promise.all(loads).then(async () => {
      const read = readMarkup(host);
      await read.adapting;
      Object.assign(sources, read, { adapting: undefined });
    });
    return sources;
  }
  const markup: RawPost = {};
  let json: unknown;
  let jsonError: string | undefined;
  const media: RawPost[] = [];
  for (const child of host.children) {
    const slot = child.getAttribute('slot');
    if (isPost(child) && !Object.hasOwn(markup, 'text') && !Object.hasOwn(markup, 'url')) Object.assign(markup, readBlockquote(child));
    else if (child.localName === 'blockquote' && slot === 'translation')
      markup.translation = { text: readText(child).text, lang: attr(child, 'lang'), by: attr(child, 'data-by') };
    else if (slot === 'media' && (child.localName === 'img' || child.localName === 'video')) {
      const m = readMedia(child);
      if (m) media.push(m);
    } else if (child.localName === 'script' && child.getAttribute('type') === 'application/json' && json === undefined) {
      try {
        json = JSON.parse(child.textContent ?? '');
      } catch (e) {
        jsonError = (e as Error).message;
      }
    }
  }
  if (media.length) markup.media = media;
  // Facebook's iframe form holds nothing but its post's address: below every other markup. (The browser has loaded it already.)
  if (frame && !markup.url) markup.url = platformById('facebook')?.readEmbed?.(frame).url;
  const sources: MarkupSources = { markup, json, jsonError };
  adaptJson(sources);
  return sources;
}
