// Intl formatters, created once per language and option set and shared by every element.
/** Formatters by constructor, language and options. Keys always hold "|", so never an Object.prototype name. */
const cache: Record<string, unknown> = {};

/**
 * The one `new Make(lang, options)` for this language and options: made on first use, then reused.
 * `key` names the options where the caller has a cheaper name for them than their JSON.
 */
export function formatter<T, O>(Make: new (lang: string, options: O) => T, lang: string, options?: O, key = JSON.stringify(options)): T {
  return (cache[`${Make.name}|${lang}|${key}`] ??= new Make(lang, options as O)) as T;
}

export function pluralCategory(lang: string, n: number): Intl.LDMLPluralRule {
  return formatter(Intl.PluralRules, lang).select(n);
}

/** 37000 → "37.000" (de), "37K" (en). */
export function compactNumber(lang: string, n: number): string {
  return formatter(Intl.NumberFormat, lang, { notation: 'compact', maximumFractionDigits: 1 }, 'compact').format(n);
}

/** 37000 → "37.000" (de), "37,000" (en). */
export function exactNumber(lang: string, n: number): string {
  return formatter(Intl.NumberFormat, lang).format(n);
}

/** True when `zone` is an IANA time zone this browser knows (a known zone's formatter is kept for the next call). */
export function isTimeZone(zone: string): boolean {
  try {
    return !!formatter(Intl.DateTimeFormat, 'en', { timeZone: zone });
  } catch {
    return false;
  }
}

const dateOnly = /^\d{4}-\d{2}-\d{2}$/;

/**
 * An absolute date, and the time with its zone when the source had one: "13. Dezember 2016, 11:00 MEZ".
 * A date-only value ("2016-12-13", as X's embed code gives) prints as a date, in no zone.
 */
export function formatDate(lang: string, iso: string, timeZone?: string, style: 'long' | 'short' = 'long'): string {
  const day = dateOnly.test(iso);
  const zone = day ? 'UTC' : timeZone;
  const options: Intl.DateTimeFormatOptions =
    style === 'short'
      ? { dateStyle: 'medium', timeZone: zone }
      : day
        ? { dateStyle: 'long', timeZone: zone }
        : { year: 'numeric', month: 'long', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZoneName: 'short', timeZone: zone };
  return formatter(Intl.DateTimeFormat, lang, options, style + day + zone).format(new Date(iso));
}

/** 39 → "0:39"; 3725 → "1:02:05", in the language's digits ("١:٠٢:٠٥" in ar-EG, like its dates and counts). */
export function clock(lang: string, seconds: number): string {
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const fields = [Math.floor((s % 3600) / 60), s % 60];
  if (h) fields.unshift(h);
  // Each field in the language's digits, all but the first with two of them.
  return fields.map((n, i) => formatter(Intl.NumberFormat, lang, i ? { minimumIntegerDigits: 2 } : undefined).format(n)).join(':');
}
