// The page's language where an element stands (its own or its nearest ancestor's `lang`, across
// shadow roots) and the UI language it gives.
const rtl = /^(ar|arc|ckb|dv|fa|he|iw|ks|ps|sd|ug|ur|yi)(-|$)/i;

export function isRtl(lang: string): boolean {
  return rtl.test(lang);
}

/** The page's language where `element` stands: its own or its nearest ancestor's `lang`, as written (falsy: none). */
export function pageLang(element: Element): string | null | undefined {
  let lang: string | null | undefined;
  for (let node: Node | null = element; node && !lang; node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null))
    lang = (node as Element).getAttribute?.('lang'); // Elements have attributes; documents and shadow roots do not
  return lang;
}

/** The UI language for a page language (see pageLang): it, else the browser's; English if Intl rejects it. */
export const uiLang = (page: string | null | undefined): string => validLang(page || navigator.language) ?? 'en';

/** A canonical BCP 47 tag, or undefined for anything Intl rejects (and for none). */
export function validLang(tag: string | null | undefined): string | undefined {
  try {
    return Intl.getCanonicalLocales(tag?.trim())[0];
  } catch {
    return undefined;
  }
}
