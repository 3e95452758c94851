// The UI language of an element: its own or its nearest ancestor's `lang`, across shadow roots.
const rtl = /^(ar|arc|ckb|dv|fa|he|iw|ks|ps|sd|ug|ur|yi)(-|$)/i;

export function isRtl(lang: string): boolean {
  return rtl.test(lang);
}

export function uiLang(element: Element): string {
  let lang: string | null | undefined;
  for (let node: Node | null = element; node && !lang; node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null))
    lang = (node as Element).getAttribute?.('lang'); // Elements have attributes; documents and shadow roots do not
  return validLang(lang || navigator.language) ?? 'en';
}

/** A canonical BCP 47 tag, or undefined for anything Intl rejects. */
export function validLang(tag: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(tag.trim())[0];
  } catch {
    return undefined;
  }
}
