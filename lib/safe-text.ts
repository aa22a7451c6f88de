/**
 * The one zod string rule for outside input (HTTP bodies and query strings, model tool calls):
 * a length limit and no control characters. A NUL byte cannot be stored in a PostgreSQL text
 * value (the query fails with 22021, which used to surface as a 500), and other control
 * characters in a key, label or filter value are never intended, so they are refused at the
 * edge with a message naming the field, the character and its position.
 */
import { z } from "zod";

/** What a text field accepts besides printable characters. */
export interface TextRules {
  /** Most characters (UTF-16 code units, as zod and String#length count). */
  max: number;
  /** Fewest characters (after trimming when `trim` is set). */
  min?: number;
  /** Free-form prose (questions, descriptions, corrections): tab, line feed and carriage return allowed. */
  multiline?: boolean;
  /** Strip surrounding whitespace before the length checks. */
  trim?: boolean;
  /** Field-specific wording for the length checks (defaults: "must not be empty", "expected at most N characters"). */
  messages?: { min?: string; max?: string };
}

/** C0 controls, DEL and C1 controls; `multiline` spares tab (09), line feed (0A) and carriage return (0D). */
function isControl(code: number, multiline: boolean): boolean {
  if (multiline && (code === 0x09 || code === 0x0a || code === 0x0d)) return false;
  return code <= 0x1f || (code >= 0x7f && code <= 0x9f);
}

/**
 * Why `text` is not acceptable text, or undefined when it is. One pass over the UTF-16 code units,
 * so a megabyte of input costs a few milliseconds at most.
 * @example textProblem("abc\u0000def") // "must not contain control character U+0000 (at position 3)"
 * @example textProblem("a\tb", { multiline: true }) // undefined
 */
export function textProblem(text: string, opts: { multiline?: boolean } = {}): string | undefined {
  const multiline = opts.multiline ?? false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isControl(code, multiline)) {
      const hex = code.toString(16).toUpperCase().padStart(4, "0");
      return `must not contain control character U+${hex} (at position ${i})`;
    }
    // A surrogate half without its partner cannot be encoded as UTF-8.
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
      else return `must be valid Unicode text (a lone surrogate at position ${i})`;
    } else if (code >= 0xdc00 && code <= 0xdfff) {
      return `must be valid Unicode text (a lone surrogate at position ${i})`;
    }
  }
  return undefined;
}

/**
 * A string schema with a length limit and no control characters. The issue path is the field's,
 * so `describeZodIssues` names it: `question: must not contain control character U+0000 (at position 3)`.
 * @example safeText({ max: 64 }).parse("roas") // "roas"
 * @example safeText({ max: 4000, multiline: true, trim: true, min: 1 }).parse(" why?\n") // "why?"
 */
export function safeText(rules: TextRules) {
  const base = z.string().superRefine((value, ctx) => {
    const problem = textProblem(value, rules);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });
  const trimmed = rules.trim ? base.trim() : base;
  const tooShort =
    rules.messages?.min ??
    (rules.min === 1 ? "must not be empty" : `expected at least ${rules.min} characters`);
  const min = rules.min === undefined ? trimmed : trimmed.min(rules.min, tooShort);
  return min.max(rules.max, rules.messages?.max ?? `expected at most ${rules.max} characters`);
}

/** Length limits shared by schemas, so the same kind of field has the same limit everywhere. */
export const TEXT_LIMITS = {
  /** Catalog keys (metrics, dimensions), model names, channel keys. */
  key: 64,
  /** Labels, synonyms, dimension values such as campaign names. */
  label: 200,
  /** A question or a correction in plain language. */
  prose: 4000,
} as const;
