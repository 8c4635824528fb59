// Virtual time as people read it: whole milliseconds with digit grouping, and seconds.

const grouped = new Map<string, Intl.NumberFormat>();

function groupFormat(lang: string): Intl.NumberFormat {
  let f = grouped.get(lang);
  if (!f) grouped.set(lang, (f = new Intl.NumberFormat(lang, { maximumFractionDigits: 0 })));
  return f;
}

/** 12345.6 -> "12,346" (in the page language's grouping). */
export function formatMs(ms: number, lang = 'en'): string {
  return groupFormat(lang).format(Math.round(ms));
}

/** 12345 -> "12.35"; whole seconds keep their decimals so the text does not jump around. */
export function formatSeconds(ms: number): string {
  return (Math.round(ms) / 1000).toFixed(2);
}

/** Short seconds for axis ticks: 0 -> "0", 1500 -> "1.5", 12000 -> "12". */
export function formatTick(ms: number): string {
  return String(Number((ms / 1000).toPrecision(3)));
}
