// Language names for the translation toggle ("Original (Arabisch)"): only the newsroom chunk uses them.
import { formatter } from './format.js';

/** A language's name in the UI language: "ar" → "Arabisch" (de). */
export function languageName(lang: string, code: string): string {
  try {
    return formatter(Intl.DisplayNames, lang, { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
