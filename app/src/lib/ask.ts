/** The chat URL that asks `question` at once (overview numbers, catalog entries, reports). */
export function askHref(question: string): string {
  return `/?q=${encodeURIComponent(question)}`;
}
