// parse(): any post-like input (or layers of them, lowest precedence first) → one valid Post.
// Pure: no DOM, runs in Node. Every field is checked; a bad one is dropped and reported.
import type { Post, Problem, ParseResult } from './post.js';
import { checkUrl, type UrlKind } from '../safety/url.js';
import { platformIds, platformOfUrl } from '../platforms/index.js';

export const LIMITS = {
  text: 10_000,
  html: 50_000,
  name: 200,
  shortText: 2_000,
  media: 10,
  tracks: 20,
  depth: 2,
  count: 1e15,
} as const;

export type Check<T> = (value: unknown, field: string, problems: Problem[], depth: number) => T | undefined;

export const report = (problems: Problem[], code: string, field: string, message: string) => {
  problems.push({ code, field, message });
  return undefined;
};

const typeError = (problems: Problem[], field: string, expected: string, value: unknown) =>
  report(problems, 'invalid-type', field, `${field}: expected ${expected}, got ${value === null ? 'null' : typeof value}`);

/**
 * Closes the bidi embeddings, overrides and isolates a string leaves open (U+202A–E, U+2066–9), so
 * that an unmatched RLO in a name or warning cannot reorder the text the template puts after it.
 */
function closeBidi(s: string): string {
  const open: string[] = [];
  for (const c of s.match(/[\u202a-\u202e\u2066-\u2069]/g) ?? []) {
    const isolate = open.lastIndexOf('\u2069');
    if (c === '\u202c') {
      if (open.at(-1) === c) open.pop(); // PDF closes an embedding, never across an isolate
    } else if (c === '\u2069') {
      if (isolate >= 0) open.length = isolate; // PDI closes its isolate and everything inside it
    } else open.push(c < '\u2066' ? '\u202c' : '\u2069');
  }
  return s + open.reverse().join('');
}

/** A string, whitespace-trimmed, cut at `max` code units with an honest "…", open bidi controls closed. */
export const str =
  (max: number = LIMITS.shortText): Check<string> =>
  (v, field, problems) => {
    if (typeof v === 'number') v = String(v);
    if (typeof v !== 'string') return typeError(problems, field, 'a string', v);
    const s = v.replace(/\r\n?/g, '\n').trim();
    if (s.length <= max) return closeBidi(s) || undefined;
    report(problems, 'too-long', field, `${field}: ${s.length} characters, cut to ${max}`);
    return closeBidi(s.slice(0, max - 1).replace(/[\uD800-\uDBFF]$/, '') + '…');
  };

export const url =
  (kind: UrlKind = 'link'): Check<string> =>
  (v, field, problems) => {
    if (typeof v !== 'string') return typeError(problems, field, 'a URL string', v);
    if (!v.trim()) return undefined;
    return checkUrl(v, kind) ?? report(problems, 'invalid-url', field, `${field}: not an allowed URL`);
  };

export const bool: Check<boolean> = (v, field, problems) => {
  if (typeof v === 'boolean') return v;
  if (v === 'true' || v === '') return true;
  if (v === 'false') return false;
  return typeError(problems, field, 'a boolean', v);
};

export const oneOf =
  <T extends string>(values: readonly T[]): Check<T> =>
  (v, field, problems) =>
    typeof v === 'string' && (values as readonly string[]).includes(v.trim().toLowerCase())
      ? (v.trim().toLowerCase() as T)
      : report(problems, 'invalid-value', field, `${field}: expected one of ${values.join(', ')}`);

const isoDate = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** ISO 8601. A date alone stays a date ("2016-12-13"); a date-time becomes UTC. */
const date: Check<string> = (v, field, problems) => {
  const s = typeof v === 'string' ? v.trim() : '';
  const [y, m, d] = s.split(/\D/).map(Number);
  // Date.parse rolls 2024-02-30 over to 1 March: a day that does not exist in its month is refused.
  if (!isoDate.test(s) || Number.isNaN(Date.parse(s)) || new Date(Date.UTC(2000 + (y % 400), m - 1, d)).getUTCDate() !== d)
    return report(problems, 'invalid-date', field, `${field}: not an ISO 8601 date`);
  return s.length === 10 ? s : new Date(s).toISOString();
};

/** A non-negative whole number; strings of digits (with , . _ or spaces as group separators) count. */
const count: Check<number> = (v, field, problems) => {
  const n =
    typeof v === 'number'
      ? v
      : typeof v === 'string' && /^\d{1,3}([ ,._\u00a0\u202f]?\d{3})*$|^\d+$/.test(v.trim())
        ? Number(v.trim().replace(/\D/g, ''))
        : NaN;
  if (!Number.isFinite(n) || n < 0 || !Number.isInteger(n) || n > LIMITS.count)
    return report(problems, 'invalid-number', field, `${field}: not a count`);
  return n;
};

export const size: Check<number> = (v, field, problems) => {
  const n = count(v, field, problems, 0);
  return n === undefined || (n > 0 && n <= 100_000) ? n : report(problems, 'invalid-number', field, `${field}: not a pixel size`);
};

export const lang: Check<string> = (v, field, problems) => {
  if (typeof v !== 'string') return typeError(problems, field, 'a language tag', v);
  try {
    return Intl.getCanonicalLocales(v.trim())[0];
  } catch {
    return report(problems, 'invalid-value', field, `${field}: not a BCP 47 language tag`);
  }
};

type Shape = Record<string, Check<unknown>>;

/** Output objects have no prototype: a page's polluted Object.prototype cannot add fields to a post. */
const bare = <T extends object = Record<string, unknown>>(...from: object[]): T => Object.assign(Object.create(null) as T, ...from);

/** An object whose known fields are each checked; unknown fields are ignored. */
export const obj =
  (shape: () => Shape): Check<Record<string, unknown>> =>
  (v, field, problems, depth) => {
    if (!v || typeof v !== 'object' || Array.isArray(v)) return typeError(problems, field, 'an object', v);
    const out: Record<string, unknown> = bare();
    for (const [key, check] of Object.entries(shape())) {
      if (!Object.prototype.hasOwnProperty.call(v, key)) continue;
      const raw = (v as Record<string, unknown>)[key];
      if (raw === undefined || raw === null) continue;
      const value = check(raw, field ? `${field}.${key}` : key, problems, depth);
      if (value !== undefined) out[key] = value;
    }
    return Object.keys(out).length ? out : undefined;
  };

export const list =
  <T>(item: Check<T>, max: number): Check<T[]> =>
  (v, field, problems, depth) => {
    if (!Array.isArray(v)) return typeError(problems, field, 'an array', v);
    if (v.length > max) report(problems, 'too-many', field, `${field}: ${v.length} items, kept ${max}`);
    const out = v.slice(0, max).flatMap((x, i) => item(x, `${field}[${i}]`, problems, depth) ?? []);
    return out.length ? (out as T[]) : undefined;
  };

/** A nested post (quoted), parsed to a limited depth so hostile input cannot recurse forever. */
/**
 * Link ranges index the text as given. The text is stored with CRLF as LF and its leading
 * whitespace trimmed, so the ranges move with it and keep pointing at the same characters.
 */
function alignLinks(v: unknown): unknown {
  if (!v || typeof v !== 'object' || !Object.hasOwn(v, 'text') || !Object.hasOwn(v, 'links')) return v;
  const { text, links } = v as { text: unknown; links: unknown };
  if (typeof text !== 'string' || !Array.isArray(links)) return v;
  const lead = text.length - text.trimStart().length;
  const at = (i: unknown) => (typeof i === 'number' && i >= lead ? i - lead - (text.slice(lead, i).match(/\r\n/g)?.length ?? 0) : i);
  const moved = links.map((l) =>
    l && typeof l === 'object'
      ? { ...(l as object), start: at((l as { start?: unknown }).start), end: at((l as { end?: unknown }).end) }
      : l,
  );
  return { ...v, links: moved };
}

const nested: Check<Record<string, unknown>> = (v, field, problems, depth) =>
  depth >= LIMITS.depth
    ? report(problems, 'too-deep', field, `${field}: nested deeper than ${LIMITS.depth}`)
    : obj(() => postShape)(alignLinks(v), field, problems, depth + 1);

const link: Check<{ start: number; end: number; url: string }> = (v, field, problems) => {
  const l = obj(() => ({ start: count, end: count, url: url() }))(v, field, problems, 0);
  return l && typeof l.url === 'string' && (l.end as number) > (l.start as number) ? (l as never) : undefined;
};

const media = obj(() => ({
  type: oneOf(['image', 'video', 'gif'] as const),
  url: url('media'),
  alt: str(),
  width: size,
  height: size,
  poster: url('image'),
}));

const postShape: Shape = {
  platform: oneOf(platformIds),
  url: url(),
  id: str(200),
  author: obj(() => ({ name: str(LIMITS.name), handle: str(LIMITS.name), url: url(), avatar: url('image'), verified: bool })),
  text: str(LIMITS.text),
  links: list(link, 500),
  html: str(LIMITS.html),
  lang,
  dir: oneOf(['ltr', 'rtl', 'auto'] as const),
  createdAt: date,
  editedAt: date,
  metrics: obj(() => ({ shares: count, likes: count, replies: count, quotes: count, views: count, countedAt: date })),
  media: list((v, f, p, d) => {
    const m = media(v, f, p, d);
    return m?.url ? bare({ type: 'image' }, m) : undefined;
  }, LIMITS.media),
  quoted: nested,
  replyTo: obj(() => ({ handle: str(LIMITS.name), url: url() })),
  translation: obj(() => ({ text: str(LIMITS.text), lang, by: str(LIMITS.name) })),
  verification: obj(() => ({
    status: oneOf(['verified', 'unverified', 'disputed'] as const),
    note: str(),
    by: str(LIMITS.name),
    at: date,
  })),
  contentWarning: str(),
  sensitive: bool,
  platformNote: obj(() => ({ text: str(), source: str(LIMITS.name), url: url() })),
  status: oneOf(['available', 'deleted', 'suspended', 'withheld', 'protected', 'unavailable'] as const),
  archive: obj(() => ({ url: url(), at: date })),
  anonymize: bool,
};

/** The field names parse() reads, for the JSON Schema test: these, and those added by addField(). */
export const postFields = Object.keys(postShape);

/**
 * Adds a top-level field to what parse() reads, for a part only some elements use: model/video.ts
 * adds `video`, imported by <video-appeal> and by the model entry (model/index.ts), so the quote
 * elements' bundle carries no video checks and their parse() ignores `video` as an unknown field.
 */
export function addField(name: string, check: Check<unknown>): void {
  if (!Object.hasOwn(postShape, name)) postFields.push(name);
  postShape[name] = check;
}

/** Layers merge field by field; plain objects (author, metrics, …) merge one level deep. */
function merge(layers: Record<string, unknown>[]): Record<string, unknown> {
  const out: Record<string, unknown> = bare();
  for (const layer of layers)
    for (const [k, v] of Object.entries(layer)) {
      const prev = out[k];
      out[k] =
        prev && typeof prev === 'object' && !Array.isArray(prev) && v && typeof v === 'object' && !Array.isArray(v) && k !== 'quoted'
          ? bare(prev, v)
          : v;
    }
  return out;
}

/**
 * Validates and merges post-like input. `input` is one object, or an array of layers with the
 * lowest precedence first (markup < attributes < inline JSON < property). Never throws.
 */
export function parse(input: unknown): ParseResult {
  const problems: Problem[] = [];
  const layers = Array.isArray(input) ? input : [input];
  const valid: Record<string, unknown>[] = [];
  for (const layer of layers) {
    if (layer === undefined || layer === null) continue;
    const checked = obj(() => postShape)(alignLinks(layer), '', problems, 0);
    if (checked) valid.push(checked);
  }
  const post = merge(valid) as Post;
  finish(post);
  return { post, problems };
}

/** Derived fields: platform from the URL, link ranges that fit the text, anonymity applied. */
function finish(post: Post, depth = 0): void {
  post.platform ??= platformOfUrl(post.url) ?? (post.url ? 'web' : undefined);
  if (post.links) post.links = post.links.filter((l) => post.text && l.end <= post.text.length);
  if (post.anonymize) {
    if (post.author) post.author = bare({ name: post.author.name });
    delete post.metrics;
  }
  if (post.quoted && depth < LIMITS.depth) finish(post.quoted, depth + 1);
}
