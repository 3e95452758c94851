// Every catalog speaks its language's plurals: each plural message has a form for every category
// Intl.PluralRules gives that language (Arabic: zero, one, two, few, many, other; French and
// Spanish: one, many, other), so "1.000.000 de visualizaciones" never falls back to "other".
import { readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { isRtl } from '../../src/i18n/locale.js';
import en from '../../src/i18n/messages/en.js';
import de from '../../src/i18n/messages/de.js';
import fr from '../../src/i18n/messages/fr.js';
import es from '../../src/i18n/messages/es.js';
import ar from '../../src/i18n/messages/ar.js';

const catalogs: Record<string, Record<string, unknown>> = { en, de, fr, es, ar };

describe.each(Object.entries(catalogs))('%s', (lang, catalog) => {
  const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
  const plurals = Object.entries(catalog).filter(([, v]) => typeof v === 'object');

  test('has the same keys as English', () => {
    expect(Object.keys(catalog).sort()).toEqual(Object.keys(en).sort());
  });

  test(`each of its ${plurals.length} plural messages has a form for each of ${categories.join(', ')}, and only those`, () => {
    expect(plurals.length).toBeGreaterThan(0);
    for (const [key, forms] of plurals) expect(Object.keys(forms as object).sort(), key).toEqual([...categories].sort());
  });
});

// French typography: a narrow no-break space (U+202F) before : ; ! ? and inside « » — never a plain
// space (a line could break before the colon) or none. Each message, each plural form.
test('fr: a narrow no-break space (U+202F) before : ; ! ? and inside « »', () => {
  const texts = Object.values(fr).flatMap((v) => (typeof v === 'string' ? [v] : Object.values(v)));
  const wrong = texts.filter((t) => /(?<!\u202f)[:;!?»]|«(?!\u202f)/.test(t));
  expect(wrong).toEqual([]);
  expect(fr.labelSeparator).toBe('\u202f: ');
});

// The card's direction: isRtl() knows only the catalogs' languages (a UI language always has one).
test('isRtl: right to left for each catalog whose language Intl writes right to left, and only those', () => {
  const langs = readdirSync(new URL('../../src/i18n/messages/', import.meta.url))
    .map((f) => f.replace(/\.ts$/, ''))
    .filter((l) => !l.includes('-'));
  expect(langs).toEqual(expect.arrayContaining(['ar', 'en']));
  for (const lang of langs) {
    const locale = new Intl.Locale(lang) as unknown as { getTextInfo?(): { direction: string }; textInfo?: { direction: string } };
    const rtl = (locale.getTextInfo?.() ?? locale.textInfo)!.direction === 'rtl';
    for (const tag of [lang, `${lang}-EG`, lang.toUpperCase()]) expect(isRtl(tag), tag).toBe(rtl);
  }
  expect(isRtl('arc')).toBe(false);
});
