// fast-check arbitraries shared by the Node and browser fuzz suites.
import fc from 'fast-check';

/** Field names parse() reads, and the keys prototype-pollution attacks use. */
export const keys = fc.constantFrom(
  'text',
  'html',
  'url',
  'author',
  'name',
  'handle',
  'avatar',
  'media',
  'quoted',
  'metrics',
  'shares',
  'createdAt',
  'links',
  'start',
  'end',
  'video',
  'tracks',
  'translation',
  'verification',
  'status',
  'archive',
  'lang',
  'dir',
  'platform',
  'contentWarning',
  'anonymize',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'valueOf',
  'hasOwnProperty',
);

/** Arbitrary JSON values, biased towards post-shaped objects. */
export const json: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.string(),
    fc.string({ unit: 'binary' }),
    fc.double(),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 12 }),
    fc.dictionary(fc.oneof(keys, fc.string()), tie('value'), { maxKeys: 8 }),
  ),
})).value;

/** Through JSON text: `__proto__` keys arrive as own properties, exactly as JSON.parse makes them. */
export const parsedJson = json.map((v) => JSON.parse(JSON.stringify(v) ?? 'null') as unknown);

/** Text an attacker or a broken CMS might send: any code points, markup, bidi controls, entities. */
export const hostileText = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({
    unit: fc.constantFrom(
      '<',
      '>',
      '&',
      '"',
      "'",
      '/',
      '=',
      ' ',
      '\n',
      '\t',
      'script',
      'img',
      'onerror',
      '&lt;',
      '&#x3C;',
      '\u202e',
      '\u2066',
      '\u2069',
      '\u200b',
      '\u0000',
      '#',
      '@',
      'https://',
      'a',
      '\ud83d\ude00',
    ),
    maxLength: 40,
  }),
);

/** `scheme:rest` with disguises: whitespace, control characters, entities-as-text and slashes around or inside the scheme. */
export const urlCandidate = (() => {
  const scheme = fc.oneof(
    fc.constantFrom(
      'javascript',
      'JavaScript',
      'vbscript',
      'data',
      'blob',
      'file',
      'ftp',
      'mailto',
      'http',
      'https',
      'HTTPS',
      'tel',
      'intent',
      'about',
    ),
    fc.stringMatching(/^[a-zA-Z][a-zA-Z0-9+.-]{0,10}$/),
  );
  const noise = fc.constantFrom(
    '',
    ' ',
    '\t',
    '\n',
    '\r',
    '\u0000',
    '\u0001',
    '\u000b',
    '\u00a0',
    '\ufeff',
    '\u2028',
    '\u3000',
    '&#x09;',
    '/',
    '\\',
    '//',
    '\\\\',
  );
  return fc
    .tuple(noise, scheme, noise, fc.constantFrom(':', '&colon;', '%3A', '\uff1a'), noise, fc.string({ maxLength: 40 }))
    .map(([a, s, b, colon, c, rest]) => {
      const cut = Math.floor(s.length / 2);
      return a + s.slice(0, cut) + b + s.slice(cut) + colon + c + rest;
    });
})();

/** The documented bidi rule, as a model: open embeddings, overrides and isolates are closed at the end. */
export function closeBidi(s: string): string {
  const open: string[] = [];
  for (const c of s) {
    if ('\u202a\u202b\u202d\u202e'.includes(c)) open.push('\u202c');
    else if ('\u2066\u2067\u2068'.includes(c)) open.push('\u2069');
    else if (c === '\u202c' && open[open.length - 1] === '\u202c') open.pop();
    else if (c === '\u2069' && open.includes('\u2069')) open.splice(open.lastIndexOf('\u2069'));
  }
  return s + open.reverse().join('');
}

/**
 * What parse() does to a text field, as documented: CRLF/CR → LF, trimmed, cut at `max` with "…", bidi closed (or, when
 * the closers would take it past `max`, its bidi controls removed).
 */
export function expectedText(s: string, max: number): string | undefined {
  const t = s.replace(/\r\n?/g, '\n').trim();
  if (!t) return undefined;
  const closed = closeBidi(t.length <= max ? t : t.slice(0, max - 1).replace(/[\uD800-\uDBFF]$/, '') + '…');
  return (closed.length > max ? closed.replace(/[\u202a-\u202e\u2066-\u2069]/g, '').trim() : closed) || undefined;
}
