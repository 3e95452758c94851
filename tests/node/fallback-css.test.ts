// postquote.css writes some of the cards' words into the fallback (verification labels, statuses,
// the archived copy, the translation's credit, the content warning and the separator that joins it to the editor's text, the
// video consent notice), so that it reads right without JavaScript and takes the card's height while
// an element waits. Those words must stay the catalogs' words, in every language.
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import enBase from '../../src/i18n/messages/en-base.js';
import enNewsroom from '../../src/i18n/messages/en-newsroom.js';
import enVideo from '../../src/i18n/messages/en-video.js';
import de from '../../src/i18n/messages/de.js';
import fr from '../../src/i18n/messages/fr.js';
import es from '../../src/i18n/messages/es.js';
import ar from '../../src/i18n/messages/ar.js';

const css = readFileSync('postquote.css', 'utf8');
/** Each language's messages; those checked here are plain strings (counts' plural forms are not). */
const catalogs = { en: { ...enBase, ...enNewsroom, ...enVideo }, de, fr, es, ar } as unknown as Record<string, Record<string, string>>;
/** A CSS string as postquote.css writes it: single or double quotes, backslash escapes. */
const quoted = (s: string) => [`'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`, `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`];
/** CSS hex escapes as their characters: postquote.css writes invisible ones so (`'\\202F: '`). */
const unescaped = (s: string) => s.replace(/\\([0-9a-f]{1,6}) ?/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)));
/** The declarations of the rule whose selector ends with `selectorEnd` (whitespace-insensitive). */
function declarations(selectorEnd: string): string {
  const flat = unescaped(css).replace(/[ \t\n\r\f]+/g, ' ');
  const at = flat.indexOf(`${selectorEnd} {`);
  expect(at, `no rule ending with ${selectorEnd}`).toBeGreaterThan(-1);
  return flat.slice(at + selectorEnd.length + 2, flat.indexOf('}', at));
}
const withLang = (lang: string) => (lang === 'en' ? '' : `:lang(${lang})`);

describe('postquote.css speaks the catalogs', () => {
  for (const [lang, m] of Object.entries(catalogs)) {
    test(`${lang}: verification labels, statuses, the archived copy, the translation's credit and the content warning`, () => {
      const rule = declarations(`:where(post-quote, tweet-quote, video-appeal)${withLang(lang)}`);
      const words: [string, string][] = [
        ...['verified', 'unverified', 'disputed', 'deleted', 'suspended', 'withheld', 'protected', 'unavailable', 'warning', 'reveal'].map(
          (key): [string, string] => [key, m[key]],
        ),
        ['archived', m.archived.split('{date}')[0]],
        ['archived-no-date', m.archivedNoDate],
        // A warned video's summary ("Show video"), while the element waits.
        ['reveal-video', m.revealVideo],
        // A gone video's status line speaks of the video ("This video has since been deleted."), as its card does.
        ...['deleted', 'suspended', 'withheld', 'protected', 'unavailable'].map((key): [string, string] => [
          `${key}-video`,
          m[`${key}Video`],
        ]),
        ['label-separator', m.labelSeparator],
        // The translation's credit line, without JavaScript: the translator's name (data-by) ends it.
        ['translation', m.translation],
        ['translation-by', m.translationBy.split('{by}')[0]],
      ];
      expect(m.translationBy.endsWith('{by}'), m.translationBy).toBe(true);
      for (const [key, text] of words)
        expect(
          quoted(text).some((q) => rule.includes(`--_pq-${key}: ${q};`)),
          `${lang} ${key}: ${rule}`,
        ).toBe(true);
      // Each label and status is written with its property, by the one rule of each kind.
      for (const key of ['verified', 'unverified', 'disputed'])
        expect(css.replace(/\s+/g, ' ')).toContain(`[verification='${key}'] { --_pq-label: var(--_pq-${key});`);
      for (const key of ['deleted', 'suspended', 'withheld', 'protected', 'unavailable'])
        expect(css.replace(/\s+/g, ' ')).toContain(`[status='${key}'] { --_pq-status: var(--_pq-${key}); }`);
      for (const key of ['deleted', 'suspended', 'withheld', 'protected', 'unavailable'])
        expect(css.replace(/\s+/g, ' ')).toContain(`:where(video-appeal)[status='${key}'] { --_pq-status: var(--_pq-${key}-video); }`);
      expect(css).toContain(`content: var(--_pq-off, '') var(--_pq-on) var(--_pq-note, '') var(--_pq-mute,) !important`);
      expect(css).toContain('content: var(--_pq-label) var(--_pq-mute,);');
      expect(css).toContain(`content: var(--_pq-off, '') var(--_pq-status) var(--_pq-archive, '') var(--_pq-mute,) !important`);
      // The credit line is the translation's --_pq-cwl, written without JavaScript and should the script never come.
      expect(css).toContain('--_pq-cwl: var(--_pq-translation);');
      expect(css).toContain('--_pq-cwl: var(--_pq-translation-by) attr(data-by);');
    });

    test(`${lang}: the consent notice of each third-party player`, () => {
      const rule = declarations(`:where(video-appeal)${withLang(lang)}`);
      for (const provider of ['YouTube', 'Vimeo']) {
        const words = `${m.consent.replaceAll('{provider}', provider)} ${m.privacyPolicy.replaceAll('{provider}', provider)}`;
        expect(
          quoted(words).some((q) => rule.includes(`--_pq-consent-${provider.toLowerCase()}: ${q}`)),
          `${lang} ${provider}: ${rule}`,
        ).toBe(true);
      }
    });
  }

  test("the content warning is joined to the editor's text by each language's label separator (French: U+202F before the colon)", () => {
    // The pending card's summary and the no-JavaScript warning; a literal ': ' between them was English
    // in every language. (A warned post whose chunk failed shows its warning in its shadow root, from
    // the catalog: no rule here.)
    const joins = [
      ...css.matchAll(/(?:content|--_pq-head|--_pq-wt): [^;]*var\(--_pq-warning\) ([^;]*?) (?:var\(--_pq-cw\)|attr\(content-warning\))/g),
    ].map((d) => d[1]);
    expect(joins).toEqual(['var(--_pq-label-separator)', 'var(--_pq-label-separator)']);
  });
});
