/** English month names, January first: how answers, period labels and the planner spell months. */
export const MONTH_NAMES: readonly string[] = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

const monthOf = (iso: string) => MONTH_NAMES[Number(iso.slice(5, 7)) - 1] ?? "";

/**
 * A day as answers and notes write it.
 * @example dayInWords("2026-03-17") // "March 17, 2026"
 */
export function dayInWords(iso: string): string {
  return `${monthOf(iso)} ${Number(iso.slice(8, 10))}, ${iso.slice(0, 4)}`;
}

/**
 * A day as a marketer would type it, the words the planner's time rules read back.
 * @example dayAsTyped("2026-03-17") // "march 17 2026"
 */
export function dayAsTyped(iso: string): string {
  return `${monthOf(iso).toLowerCase()} ${Number(iso.slice(8, 10))} ${iso.slice(0, 4)}`;
}

/**
 * An inclusive span in words, one day said once.
 * @example spanInWords({ from: "2026-03-01", to: "2026-03-09" }) // "March 1, 2026 to March 9, 2026"
 */
export function spanInWords(p: { from: string; to: string }): string {
  return p.from === p.to ? dayInWords(p.from) : `${dayInWords(p.from)} to ${dayInWords(p.to)}`;
}
