// parse(): any post-like input (or layers of them, lowest precedence first) → one valid Post.
// Pure: no DOM, runs in Node. Every field is checked; a bad one is dropped and reported.
import type { Post, Problem, ParseResult, PlatformId, TextLink } from './post.js';
import { checkUrl, type UrlKind } from '../safety/url.js';
import { validLang } from '../i18n/locale.js';
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

/** Records a problem and returns undefined, so a check can `return report(…)`. */
export const report = (problems: Problem[], code: string, field: string, message: string) => {
  problems.push({ code, field, message });
  return undefined;
};

/** report() with the message in one form: "metrics.likes: not a count". */
const fail = (problems: Problem[], code: string, field: string, what: string) => {
  problems.push({ code, field, message: `${field}: ${what}` });
  return undefined;
};

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/**
 * Closes the bidi embeddings, overrides and isolates a string leaves open (U+202A–E, U+2066–9), so
 * that an unmatched RLO in a name or warning cannot reorder the text the template puts after it.
 * A string whose closers would take it past its cap (`max`) loses its bidi controls instead.
 */
function closeBidi(s: string, max: number): string {
  let open = ''; // the closers still owed, innermost first
  // The string without its bidi controls, for when the closers would take it past its cap.
  const stripped = s.replace(/[\u202a-\u202e\u2066-\u2069]/g, (c) => {
    if (c === '\u202c') {
      if (open[0] === c) open = open.slice(1); // PDF closes an embedding, never across an isolate
    } else if (c === '\u2069')
      open = open.slice(open.indexOf(c) + 1); // PDI closes its isolate and everything inside it (none open: nothing)
    else open = (c < '\u2066' ? '\u202c' : '\u2069') + open;
    return '';
  });
  return (s += open).length > max ? stripped.trim() : s;
}

/** A string, whitespace-trimmed, cut at `max` code units with an honest "…", open bidi controls closed. */
export const str =
  (max: number = LIMITS.shortText): Check<string> =>
  (v, field, problems) => {
    if (typeof v === 'number') v = String(v);
    if (typeof v !== 'string') return fail(problems, 'invalid-type', field, 'not a string');
    let s = v.replace(/\r\n?/g, '\n').trim();
    if (s.length > max) {
      fail(problems, 'too-long', field, `${s.length} characters, cut to ${max}`);
      s = s.slice(0, max - 1).replace(/[\uD800-\uDBFF]$/, '') + '…';
    }
    return closeBidi(s, max) || undefined;
  };

/** A URL that passes the gate (src/safety/url.ts) for its kind; a blank one is simply absent. */
export const url =
  (kind: UrlKind = 'link'): Check<string> =>
  (v, field, problems) =>
    typeof v !== 'string'
      ? fail(problems, 'invalid-type', field, 'not a string')
      : v.trim()
        ? (checkUrl(v, kind) ?? fail(problems, 'invalid-url', field, 'not an allowed URL'))
        : undefined;

/** true or false; also as strings in any case ("True", as Python and Jinja print it), 1 and 0, and "" (on, as a flag attribute). */
export const bool: Check<boolean> = (v, field, problems) => {
  const s = typeof v === 'object' ? v : String(v).trim().toLowerCase();
  return s === 'true' || s === '1' || s === ''
    ? true
    : s === 'false' || s === '0'
      ? false
      : fail(problems, 'invalid-type', field, 'not a boolean');
};

/**
 * `anonymize` and `sensitive` fail closed: a value that is not a boolean ("yes", "on", as a PHP meta value prints it)
 * anonymizes, or keeps the media behind the warning, and is reported.
 */
export const failClosed: Check<boolean> = (v, field, problems, depth) => bool(v, field, problems, depth) ?? v != null;

export const oneOf =
  <T extends string>(values: readonly T[]): Check<T> =>
  (v, field, problems) => {
    // "twitter" is X's platform id under its old name, as older CMS data stores it.
    const s =
      typeof v === 'string' &&
      (v
        .trim()
        .toLowerCase()
        .replace(/^twitter$/, 'x') as T);
    return s && values.includes(s) ? s : fail(problems, 'invalid-value', field, `not one of ${values.join(', ')}`);
  };

const isoDate = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * ISO 8601 (or a space for the T). A date alone stays a date ("2016-12-13"); a date-time becomes UTC. A date-time without
 * a zone is read as UTC ("2016-12-13T10:00" is 10:00Z), not in the zone of whichever machine parses
 * it: a reader's browser and a CMS's server must agree on the instant.
 */
const date: Check<string> = (v, field, problems) => {
  // HTML's date-times, and what SQL and many CMSs print, have a space for the T ("2016-12-13 10:00:00Z");
  // PostgreSQL gives a whole-hour zone as "+00", which ISO 8601 allows and Date.parse refuses: "+00:00".
  // Ruby (Jekyll's {{ page.date }}) and Rails put a space before the zone, "UTC" for Z ("… 10:00:00 +0100",
  // "… 10:00:00 UTC"); Go (Hugo's {{ .Date }}) adds the zone's name after its offset ("+0100 CET", "+0300 +03"),
  // which the offset makes redundant. A zone name alone (CET, EST) is ambiguous and stays refused.
  // RSS's pubDate, PHP's DATE_RFC2822 and e-mail print RFC 2822 ("Tue, 13 Dec 2016 10:00:00 +0000", or GMT), and
  // JavaScript's Date#toString (Eleventy's {{ page.date }}) "Tue Dec 13 2016 11:00:00 GMT+0100 (Central European Standard
  // Time)": every browser's Date.parse reads both. A value that begins with a letter (or a day, then a letter) and names GMT or an offset goes to
  // it (one it cannot read becomes "null", refused below); without a zone it stays refused, never read in the reader's.
  // RFC 2822's day of the week is optional ("13 Dec 2016 10:00:00 +0000"), and not checked: a wrong one ("Mon, 13 Dec
  // 2016", a Tuesday) is a CMS's slip that Date.parse ignores, and the date it names is read. Date.parse rolls "31 Feb" over to 2 March:
  // the day written (the first number in both forms) must be the day Date.parse reads in the date and time before the zone.
  const s =
    typeof v === 'string'
      ? v
          .trim()
          .replace(/^((\d+ )?[A-Z].*?) \S*(GMT|[+-]\d{4}).*/, (d, t: string) =>
            new Date(t).getDate() == +/\d+/.exec(t)! ? new Date(d).toJSON() : '',
          )
          .replace(/ (UTC|([+-]\d{4})( [+-]?\w+)?)$/, '$2')
          .replace(' ', 'T')
          .replace(/$(?<=T.*[+-]..)/, ':00')
      : // A Date (a script's `post`: `createdAt: new Date(…)`) is its instant; an invalid one writes "null", refused below.
        v instanceof Date
        ? String(v.toJSON())
        : '';
  const iso = isoDate.exec(s);
  const [y, m, d] = s.split(/\D/).map(Number);
  // The date-time in UTC; toJSON() is toISOString() for a valid date (the name is in the bundle once).
  let out: string | undefined;
  // Date.parse rolls 2024-02-30 over to 1 March (and V8 takes "0001-13-01"): a month or day that
  // does not exist rolls Date.UTC into another month, and is refused. So is a zone that carries
  // 9999-12-31 into the year 10000 (or 0000-01-01 into -1): toJSON() writes "+010000-01-01T…",
  // which no reader of the post, this one included, would take again.
  if (
    !iso ||
    isNaN(Date.parse(s)) ||
    (out = s[10] ? new Date(iso[4] ? s : s + 'Z').toJSON() : s)[24] ||
    new Date(Date.UTC(2000 + (y % 400), m - 1, d)).getUTCMonth() != m - 1
  )
    return fail(problems, 'invalid-date', field, 'not ISO 8601 or zoned RFC 2822');
  return out;
};

/**
 * A whole number from `min` to `max`; strings of digits count, plain or in groups of three split by , . _ spaces or an
 * apostrophe (Swiss 37'000), in India's groups (12,34,567), and in Arabic or Persian digits as Intl prints them
 * for ar-EG and fa (٣٧٬٠٠٠, ۳۷٬۰۰۰: U+0660 and U+06F0 are 0, so the low four bits are the digit).
 */
const whole =
  (min: number, max: number, what: string): Check<number> =>
  (v, field, problems) => {
    const n =
      typeof v === 'number'
        ? v
        : typeof v === 'string' &&
            /^(\d\d?(,\d\d)*,\d{3}|\d{1,3}([ ,._'\u2019\u00a0\u202f\u066c]?\d{3})*)$/.test(
              (v = v
                .trim()
                .replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (d) => (d.charCodeAt(0) % 16) as never /* replace() prints the digit */)),
            )
          ? Number((v as string).replace(/\D/g, ''))
          : NaN;
    return Number.isInteger(n) && n >= min && n <= max ? n : fail(problems, 'invalid-number', field, what);
  };

const count = whole(0, LIMITS.count, 'not a count');

/** A width or height in pixels: a whole number from 1 to 100000. */
export const size = whole(1, 100_000, 'not a pixel size');

/**
 * A BCP 47 tag. One that names no language (und: undetermined, zxx: no linguistic content, qaa–qtz:
 * private use, as X marks media-only, hashtag-only or very short posts: qme, qht, qst) is valid but
 * absent: the text then takes its surroundings' language, which a screen reader can voice.
 */
export const lang: Check<string> = (v, field, problems) =>
  typeof v !== 'string'
    ? fail(problems, 'invalid-type', field, 'not a string')
    : /^\s*(und|zxx|q[a-t][a-z])\s*$/i.test(v)
      ? undefined
      : // A language's name ("English", "German", as a CMS's language field may hold it) is no tag: none has four letters or more.
        (!/^\s*[a-z]{4}/i.test(v) && validLang(v)) || fail(problems, 'invalid-value', field, 'not a BCP 47 language tag');

/** Field name → its check, or a nested shape (an object checked field by field). */
type Shape = { [key: string]: Check<unknown> | Shape };

/** Output objects have no prototype: a page's polluted Object.prototype cannot add fields to a post. */
const bare = <T extends object = Record<string, unknown>>(...from: object[]): T => Object.assign(Object.create(null) as T, ...from);

/** An object whose known fields are each checked; unknown fields are ignored. */
const shaped =
  (shape: Shape): Check<Record<string, unknown>> =>
  (v, field, problems, depth) => {
    // A layer that is no object (`el.post = JSON.stringify(post)`) is the post itself.
    if (!isObject(v)) return fail(problems, 'invalid-type', field || 'post', 'not an object');
    const out: Record<string, unknown> = bare();
    // The input's own keys that the shape knows, not the shape's 30: this runs for every layer of every
    // card, and a layer holds a few fields (the output keeps the input's order).
    for (const key of Object.keys(v)) {
      if (!Object.hasOwn(shape, key)) continue;
      const check = shape[key];
      const raw = v[key];
      const value =
        raw == null ? raw : (typeof check === 'function' ? check : shaped(check))(raw, field ? `${field}.${key}` : key, problems, depth);
      if (value != null) out[key] = value;
    }
    return Object.keys(out).length ? out : undefined;
  };

/** An object whose known fields are each checked (the shape is read when the check runs). */
export const obj =
  (shape: () => Shape): Check<Record<string, unknown>> =>
  (v, field, problems, depth) =>
    shaped(shape())(v, field, problems, depth);

export const list =
  <T>(item: Check<T>, max: number): Check<T[]> =>
  (v, field, problems, depth) => {
    if (!Array.isArray(v)) return fail(problems, 'invalid-type', field, 'not an array');
    if (v.length > max) fail(problems, 'too-many', field, `${v.length} items, kept ${max}`);
    const out = v.slice(0, max).flatMap((x, i) => item(x, `${field}[${i}]`, problems, depth) ?? []);
    return out.length ? (out as T[]) : undefined;
  };

/**
 * Link ranges index the text as given. The text is stored with CRLF as LF and its leading
 * whitespace trimmed, so the ranges move with it and keep pointing at the same characters.
 */
function alignLinks(v: unknown): unknown {
  const { text, links } =
    v && typeof v === 'object' && Object.hasOwn(v, 'text') && Object.hasOwn(v, 'links') ? (v as Record<string, unknown>) : {};
  if (typeof text !== 'string' || !Array.isArray(links)) return v;
  const lead = text.length - text.trimStart().length;
  // An offset as the range's check reads it: "12", as PHP prints a number, moves as 12 does (n: undefined, never >= lead, for none).
  const at = (i: unknown, n = count(i, '', [], 0)!) => (n >= lead ? n - lead - (text.slice(lead, n).match(/\r\n/g)?.length ?? 0) : i);
  return {
    ...(v as object),
    links: links.map((l: { start?: unknown; end?: unknown }) =>
      l && typeof l === 'object' ? { ...l, start: at(l.start), end: at(l.end) } : l,
    ),
  };
}

/** One layer, or a quoted post, checked field by field. */
const checkPost = (v: unknown, field: string, problems: Problem[], depth: number) =>
  shaped(postShape)(alignLinks(v), field, problems, depth);

const textLink = shaped({ start: count, end: count, url: url() });
const media = shaped({
  type: oneOf(['image', 'video', 'gif']),
  url: url('media'),
  alt: str(),
  width: size,
  height: size,
  poster: url('image'),
});

const name = str(LIMITS.name);
const text = str(LIMITS.text);
const note = str();
const link = url();

const postShape: Shape = {
  platform: oneOf(platformIds),
  url: link,
  id: name, // 200 characters, like a name
  author: { name, handle: name, url: link, avatar: url('image'), verified: bool },
  text,
  links: list<TextLink>((v, f, p, d) => {
    const l = textLink(v, f, p, d) as TextLink | undefined;
    return l?.url && l.end > l.start ? l : undefined;
  }, 500),
  html: str(LIMITS.html),
  lang,
  dir: oneOf(['ltr', 'rtl', 'auto']),
  createdAt: date,
  editedAt: date,
  metrics: { shares: count, likes: count, replies: count, quotes: count, views: count, countedAt: date },
  media: list((v, f, p, d) => {
    const m = media(v, f, p, d);
    return m?.url ? bare({ type: 'image' }, m) : undefined;
  }, LIMITS.media),
  /** A nested post, parsed to a limited depth so hostile input cannot recurse forever. */
  quoted: (v, field, problems, depth) =>
    depth < LIMITS.depth
      ? finish(checkPost(v, field, problems, depth + 1))
      : fail(problems, 'too-deep', field, `nested deeper than ${LIMITS.depth}`),
  replyTo: { handle: name, url: link },
  translation: { text, lang, by: name },
  verification: { status: oneOf(['verified', 'unverified', 'disputed']), note, by: name, at: date },
  contentWarning: note,
  sensitive: failClosed,
  platformNote: { text: note, source: name, url: link, lang },
  status: oneOf(['available', 'deleted', 'suspended', 'withheld', 'protected', 'unavailable']),
  archive: { url: link, at: date },
  anonymize: failClosed,
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

/**
 * Validates and merges post-like input. `input` is one object, or an array of layers with the
 * lowest precedence first (markup < attributes < inline JSON < property). Never throws on data;
 * input whose reading throws (a getter) throws here: the public parse() (model/index.ts) and the
 * elements (QuoteElement.#parse) catch it.
 * Layers merge field by field; plain objects (author, metrics, …) merge one level deep. The text
 * is one field: a layer that gives `text` or `html` replaces the lower layers' text, HTML and
 * link ranges (ranges index the text they came with, and a lower layer's HTML must not outrank it).
 */
export function parse(input: unknown, fixed?: PlatformId): ParseResult {
  const problems: Problem[] = [];
  const post: Record<string, unknown> = bare();
  for (const layer of Array.isArray(input) ? input : [input])
    if (layer != null) {
      // Own fields only (a page's polluted Object.prototype.text must not wipe the text below).
      const fields = checkPost(layer, '', problems, 0) ?? bare();
      if (Object.hasOwn(fields, 'text') || Object.hasOwn(fields, 'html')) for (const k of ['text', 'html', 'links']) delete post[k];
      for (const [k, v] of Object.entries(fields)) post[k] = k !== 'quoted' && isObject(post[k]) && isObject(v) ? bare(post[k], v) : v;
    }
  // `<tweet-quote>` is X, unless its post's link is another platform's (see finish()).
  if (fixed) post.platform = fixed;
  // The post's link decides (see finish()): a platform it overrides is reported, "platform: x, the link is tiktok's".
  const given = post.platform as string;
  finish(post);
  if (given && given !== post.platform)
    fail(problems, 'platform-mismatch', 'platform', `${given}, the link is ${post.platform as string}'s`);
  return { post, problems };
}

/**
 * Derived fields: platform from the URL, link ranges that fit the text, anonymity applied. For
 * the merged layers, and for a quoted post as it is checked (quoted posts replace, never merge).
 */
function finish(post?: Post): Post | undefined {
  if (post) {
    // A post link on a known platform decides: `platform="x"` or `<tweet-quote>` with a TikTok link (or a pasted Instagram
    // code) is that platform's card, not an X card whose "View on X" opens tiktok.com and whose mentions link to x.com.
    post.platform = platformOfUrl(post.url) ?? post.platform ?? (post.url ? 'web' : undefined);
    if (post.links) post.links = post.links.filter((l) => post.text && l.end <= post.text.length);
    if (post.anonymize) {
      if (post.author) post.author = bare({ name: post.author.name });
      delete post.metrics;
    }
  }
  return post;
}
