// The UI language of an element: its own or its nearest ancestor's `lang`, across shadow roots.
const rtl = /^(ar|arc|ckb|dv|fa|he|iw|ks|ps|sd|ug|ur|yi)(-|$)/i;

export function isRtl(lang: string): boolean {
  return rtl.test(lang);
}

export function uiLang(element: Element): string {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang');
      if (lang) return validLang(lang) ?? 'en';
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return validLang(navigator.language) ?? 'en';
}

/** A canonical BCP 47 tag, or undefined for anything Intl rejects. */
export function validLang(tag: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(tag.trim())[0];
  } catch {
    return undefined;
  }
}
