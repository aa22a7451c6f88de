/**
 * fix15d: "revenue by channel ytd, rounded to the nearest thousand", "spend in thousands pls",
 * "to the nearest k": amounts of a thousand or more are shown in thousands ("$121,576" -> "$122k").
 * Before, the ask was ignored and every figure kept its cents. The verifier reads "$122k" at its
 * displayed step (a thousand), so the rounded figure is still checked against the data. Amounts
 * under a thousand keep their value (rounded to a thousand they would read $0k or $1k).
 */

/** An ask to show figures in thousands. */
const IN_THOUSANDS =
  /\b(?:(?:round(?:ed)?|to) (?:it |them |everything |all )?(?:to |off to )?(?:the )?nearest (?:thousand|k|1k|1,000|grand)|in (?:\$ ?)?(?:thousands|k|\$k|000s)|nearest (?:thousand|k|grand)|rounded to (?:the )?(?:thousand|k)s?)\b/i;

/** A money figure written in full: "$121,576", "$1,430.77" (not "$1.2M", not "$122k"). */
const AMOUNT = /([$€£¥₹])(\d{1,3}(?:,\d{3})+)(?:\.\d+)?(?![\d.,]*[kKmMbB%x])/g;

/**
 * Whether the question asks for figures in thousands.
 * @example asksThousands("revenue by channel ytd rounded to the nearest thousand") // true
 */
export function asksThousands(question: string): boolean {
  return IN_THOUSANDS.test(question);
}

/**
 * The answer text with money figures of a thousand or more in thousands, and a line saying so,
 * when the question asks for it; otherwise as it was.
 * @example roundedText("Revenue $121,576.40.", "revenue in thousands") // "Revenue $122k.\nAmounts are rounded to the nearest thousand, as asked."
 */
export function roundedText(text: string, question: string): string {
  if (!asksThousands(question)) return text;
  let changed = false;
  const out = text.replace(AMOUNT, (all, symbol: string) => {
    const value = Number(all.slice(symbol.length).replace(/,/g, ""));
    if (!Number.isFinite(value) || value < 1000) return all;
    changed = true;
    return `${symbol}${Math.round(value / 1000).toLocaleString("en-US")}k`;
  });
  return changed ? `${out}\nAmounts are rounded to the nearest thousand, as asked.` : text;
}
