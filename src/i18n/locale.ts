// The page's language where an element stands (its own or its nearest ancestor's `lang`, across
// shadow roots) and the UI language it gives.
import { remember } from '../memo.js';
/**
 * Whether a UI language is written right to left. Only ever asked about a UI language, which is one
 * with a catalog (uiLocale gives English for any other): of those, Arabic. A catalog for another
 * right-to-left language (fa, he, ur) adds it here; tests/node/catalogs.test.ts fails until it does.
 */
export function isRtl(lang: string): boolean {
  return /^ar\b/i.test(lang);
}

const dirs = new Map<string, 'rtl' | 'auto'>();
/**
 * The direction of a text whose language is `lang` (a post's, a translation's): right to left for a
 * language written in a right-to-left script (its likely script as Intl gives it: ar, fa, he, ur,
 * pa-PK, …, but not ar-Latn), else `auto`, its first strong letter's. The first strong letter alone
 * made an Arabic reply that begins with "@handle" left to right. `lang` is a canonical tag (parse()
 * and validLang() give no other), which Intl.Locale accepts.
 */
export const textDir = (lang?: string): 'rtl' | 'auto' =>
  // Kept by language: maximize() costs a tenth of a millisecond, and every card asks.
  lang
    ? remember(dirs, lang, () => (/Arab|Hebr|Thaa|Syrc|Nkoo|Adlm|Rohg/.test(new Intl.Locale(lang).maximize().script!) ? 'rtl' : 'auto'))
    : 'auto';

/** The page's language where `element` stands: its own or its nearest ancestor's `lang`, as written (falsy: none). */
export function pageLang(element: Element): string | null | undefined {
  let lang: string | null | undefined;
  for (let node: Node | null = element; node && !lang; node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null))
    lang = (node as Element).getAttribute?.('lang'); // Elements have attributes; documents and shadow roots do not
  return lang;
}

/** The UI language for a page language (see pageLang): it, else the browser's; English if Intl rejects it. */
export const uiLang = (page: string | null | undefined): string => validLang(page || navigator.language) ?? 'en';

const tags = new Map<string, string | undefined>();
/** A canonical BCP 47 tag, or undefined for anything Intl rejects (and for none). A POSIX locale's underscore (en_US, as WordPress and og:locale write it) is its hyphen. */
export function validLang(tag: string | null | undefined): string | undefined {
  // Kept by tag: asked several times per card.
  return tag == null
    ? undefined
    : remember(tags, tag, () => {
        try {
          return Intl.getCanonicalLocales(tag.trim().replace(/_/g, '-'))[0];
        } catch {
          return undefined;
        }
      });
}
