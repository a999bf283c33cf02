// Numbers in the picker's language. A page's first Intl.NumberFormat costs 40–90 ms on a 2-core machine (ICU
// loads its locale data), and the first render needs numbers at once ("0 selected", "24 results"): that was
// a good part of the picker's own work before the first thumbnails. A whole number below 1,000 in a language
// written with ASCII digits by default has no grouping and no other digits to get right, so it is written
// without Intl; anything else goes through Intl, one formatter per language and options.

/**
 * Languages whose default numbering system is ASCII digits (CLDR `latn`): the shipped ones and a few more.
 * Any other goes through Intl (Arabic, Persian, Bengali… and anything not listed: slower once, never wrong).
 */
const ASCII_DIGITS = /^(?:en|de|fr|nl|es|it|pt|da|sv|nb|no|fi|pl|cs)(?:-|$)/i;

const formats = new Map<string, Intl.NumberFormat>();

/** A formatter for `locale` and `options`, made once. */
export function numberFormat(locale: string, options?: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = options ? `${locale}|${JSON.stringify(options)}` : locale;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.NumberFormat(locale, options)));
  return format;
}

/** A count (digits and grouping) in `locale`, as `Intl.NumberFormat(locale).format(value)` writes it. */
export function formatCount(value: number, locale: string): string {
  // A `-u-` extension may choose another numbering system (`-u-nu-arab`).
  const plain = Number.isInteger(value) && value >= 0 && value < 1000 && ASCII_DIGITS.test(locale) && !/-u-/i.test(locale);
  return plain ? String(value) : numberFormat(locale).format(value);
}
