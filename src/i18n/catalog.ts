// Message catalogs by language, and the lookup that fills their {placeholders}.
import type English from './messages/en.js';
import base from './messages/en-base.js';
import { pluralCategory } from './format.js';
import { remember } from '../memo.js';

type Plural = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
export type Catalog = { [K in keyof typeof English]: (typeof English)[K] extends string ? string : Plural };
export type MessageKey = { [K in keyof Catalog]: Catalog[K] extends string ? K : never }[keyof Catalog];
export type PluralKey = Exclude<keyof Catalog, MessageKey>;

/** English ships in the bundle (see below); every other catalog is its own chunk, loaded once when first needed. */
const loaders: Record<string, () => Promise<{ default: Catalog }>> = {
  de: () => import('./messages/de.js'),
  fr: () => import('./messages/fr.js'),
  es: () => import('./messages/es.js'),
  ar: () => import('./messages/ar.js'),
};
/**
 * English as far as it is loaded: the bundle's messages, completed by addEnglish() when an
 * on-demand part brings the English messages only it uses (en-newsroom.ts with the newsroom chunk,
 * en-video.ts with <video-appeal>). Those keys are looked up only by that part, so never before
 * they are here.
 */
const en = { ...base } as Catalog;
const catalogs: Record<string, Catalog> = { en };
const loading: Record<string, Promise<void>> = {};

/** The catalog language for a BCP 47 tag: its primary subtag if we have it, else English. */
export function catalogLang(tag: string): string {
  // Kept by tag: every message a card shows asks.
  return remember(primaries, tag, () => {
    const primary = tag.toLowerCase().split('-')[0];
    return Object.hasOwn(loaders, primary) ? primary : 'en';
  });
}
const primaries = new Map<string, string>();

/**
 * The tag a card speaks: `tag` when its language has a catalog (de-AT stays de-AT, for its dates
 * and numbers), else English, so that a pt-BR or fa page gets an English card throughout (words,
 * plurals, digits, calendar, `lang` and direction), not English words in Persian digits, laid out RTL.
 * A catalog that failed to load counts as none: English words are never marked German.
 */
export const uiLocale = (tag: string): string =>
  (catalogLang(tag) !== 'en' && catalogs[catalogLang(tag)] !== en) || /^en\b/i.test(tag) ? tag : 'en';

/**
 * Resolves when the catalog for `tag` is ready: at once for English or a loaded language.
 * A catalog that fails to load leaves English in its place.
 */
export function loadCatalog(tag: string): Promise<void> | undefined {
  const lang = catalogLang(tag);
  if (catalogs[lang]) return undefined;
  return (loading[lang] ??= loaders[lang]().then(
    (m) => void (catalogs[lang] = m.default),
    () => void (catalogs[lang] = en),
  ));
}

/** Builds a language's catalog in (the per-language script-tag bundles, src/cdn/): no request for it. */
export function addCatalog(lang: string, messages: Catalog): void {
  catalogs[lang] = messages;
}

/** Adds the English messages an on-demand or element-only part brings (every other catalog is complete). */
export function addEnglish(messages: Partial<Catalog>): void {
  Object.assign(en, messages);
}

/** The catalog for `tag`: its language's once loaded, English until then. */
const catalog = (tag: string): Catalog => catalogs[catalogLang(tag)] ?? en;

/** Each message split at its {placeholders}, once. */
const split: Record<string, string[]> = Object.create(null);

/**
 * A message as parts: strings from the catalog with each {name} replaced by `params[name]`, which
 * may be a template. Returning parts (not a joined string) keeps links inside sentences possible.
 */
export function msgParts<T>(lang: string, key: MessageKey, params: Record<string, T | string> = {}): (T | string)[] {
  const text = catalog(lang)[key];
  return (split[text] ??= text.split(/\{(\w+)\}/)).map((part, i) => (i % 2 ? (params[part] ?? '') : part));
}

/** A message as one string, for attributes and accessible names. */
export function msg(lang: string, key: MessageKey, params: Record<string, string> = {}): string {
  return msgParts(lang, key, params).join('');
}

/** A plural message with `#` replaced by the formatted number. */
export function plural(lang: string, key: PluralKey, count: number, formatted: string): string {
  const forms = catalog(lang)[key] as Plural;
  const form = forms[pluralCategory(lang, count)] ?? forms.other;
  return form.replace('#', formatted);
}
