// Message catalogs by language, and the lookup that fills their {placeholders}.
import en from './messages/en.js';
import de from './messages/de.js';
import fr from './messages/fr.js';
import es from './messages/es.js';
import ar from './messages/ar.js';
import { pluralCategory } from './format.js';

type Plural = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
export type Catalog = { [K in keyof typeof en]: (typeof en)[K] extends string ? string : Plural };
export type MessageKey = { [K in keyof Catalog]: Catalog[K] extends string ? K : never }[keyof Catalog];
export type PluralKey = Exclude<keyof Catalog, MessageKey>;

const catalogs: Record<string, Catalog> = { en, de, fr, es, ar };

/** The catalog language for a BCP 47 tag: its primary subtag if we have it, else English. */
export function catalogLang(tag: string): string {
  const primary = tag.toLowerCase().split('-')[0];
  return primary in catalogs ? primary : 'en';
}

/**
 * A message as parts: strings from the catalog with each {name} replaced by `params[name]`, which
 * may be a template. Returning parts (not a joined string) keeps links inside sentences possible.
 */
export function msgParts<T>(lang: string, key: MessageKey, params: Record<string, T | string> = {}): (T | string)[] {
  const text = catalogs[catalogLang(lang)][key];
  return text.split(/\{(\w+)\}/).map((part, i) => (i % 2 ? (params[part] ?? '') : part));
}

/** A message as one string, for attributes and accessible names. */
export function msg(lang: string, key: MessageKey, params: Record<string, string> = {}): string {
  return msgParts(lang, key, params).join('');
}

/** A plural message with `#` replaced by the formatted number. */
export function plural(lang: string, key: PluralKey, count: number, formatted: string): string {
  const forms = catalogs[catalogLang(lang)][key] as Plural;
  const form = forms[pluralCategory(lang, count)] ?? forms.other;
  return form.replace('#', formatted);
}
