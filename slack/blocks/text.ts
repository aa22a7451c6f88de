/**
 * Text helpers for Block Kit: Slack's three escapes, truncation that says what was cut, and the
 * agent's plain-text answer as mrkdwn. Pure.
 */

/** Escape the characters Slack treats as markup in mrkdwn and plain text (`&`, `<`, `>`). */
export function escapeSlack(text: string): string {
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
}

/**
 * Cut `text` to at most `max` characters; a cut keeps whole lines where it can and ends with
 * "…and N more lines" (or "…" inside a single long line), so a reader knows something was left out.
 * @example truncateText("a\nb\nc", 12) // "a\n…and 2 more lines" is not needed: "a\nb\nc" fits
 */
export function truncateText(text: string, max: number): string {
  if (text.length <= max) return text;
  const lines = text.split("\n");
  const kept: string[] = [];
  let used = 0;
  for (const line of lines) {
    const more = lines.length - kept.length - 1;
    const note = `…and ${more} more line${more === 1 ? "" : "s"}`;
    if (used + line.length + 1 + note.length + 1 > max) break;
    kept.push(line);
    used += line.length + 1;
  }
  if (kept.length === 0) return `${text.slice(0, Math.max(0, max - 1))}…`;
  const more = lines.length - kept.length;
  return `${kept.join("\n")}\n…and ${more} more line${more === 1 ? "" : "s"}`;
}

/** Cut a short label (button text, header, table cell) to `max` characters with a trailing "…". */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, Math.max(0, max - 1))}…`;
}

/**
 * The agent's answer text as mrkdwn: escaped, and "- " list items shown as Slack bullets.
 * @example answerMrkdwn("Spend:\n- paid_search: $10") // "Spend:\n• paid_search: $10"
 */
export function answerMrkdwn(answer: string): string {
  return escapeSlack(answer).replace(/^- /gm, "• ");
}
