/**
 * The question inside a Slack message: mentions removed, Slack's escapes and link markup undone.
 * Pure.
 */

/**
 * Plain question text from a Slack message's `text`.
 * @example questionText("<@U0BOT> ROAS &amp; CPA on <https://x.com|Meta>?") // "ROAS & CPA on Meta?"
 */
export function questionText(text: string): string {
  return text
    .replace(/<@[A-Z0-9]+(?:\|[^>]*)?>/g, " ")
    .replace(/<!(?:here|channel|everyone)(?:\|[^>]*)?>/g, " ")
    .replace(/<[^>|]+\|([^>]+)>/g, "$1")
    .replace(/<(https?:[^>]+)>/g, "$1")
    .replaceAll("&lt;", "<")
    .replaceAll("&gt;", ">")
    .replaceAll("&amp;", "&")
    .replace(/\s+/g, " ")
    .trim();
}

/** Whether the asker wants help rather than an answer (an empty mention, "help", "?"). */
export function wantsHelp(question: string): boolean {
  return /^(?:help|\?|hi|hello|hey)?[.!?]*$/i.test(question.trim());
}
