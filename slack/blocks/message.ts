/**
 * Block Kit messages built from the answer contract (`AgentAnswer`, the same JSON /agents/query
 * returns). Pure functions: no I/O, no clock; the listeners only send what these return. Every
 * message stays within Slack's limits by construction (see limits.ts and the tests).
 */
import type { AgentAnswer, Clarification } from "../../agent/contract.ts";
import { BLOCK_KIT_LIMITS as L } from "./limits.ts";
import { metricUnits, receiptLines } from "./receipt.ts";
import { tableMrkdwn } from "./table.ts";
import { answerMrkdwn, clip, escapeSlack, truncateText } from "./text.ts";

/** A Block Kit block as sent to Slack (typed loosely: the validator checks the limits). */
export type Block = Record<string, unknown>;

/** What chat.postMessage / chat.postEphemeral get besides channel and thread. */
export interface SlackMessage {
  /** Plain-text fallback for notifications and screen readers. */
  text: string;
  blocks: Block[];
}

/** Action ids of the buttons this app renders (listeners match on them). */
export const ACTION_IDS = {
  feedbackUp: "feedback_up",
  feedbackDown: "feedback_down",
  showSql: "show_sql",
  /** Followed by ":<option index>". */
  clarifyPrefix: "clarify:",
} as const;

/** Buttons in one clarification (one actions block holds 25; one slot is kept for clarity). */
export const MAX_CLARIFICATION_OPTIONS = 24;

export interface AnswerMessageOptions {
  /** The organization's currency, for table cells. */
  currency: string;
  /**
   * The stored answer's id (slack_answers), carried by the feedback, Show SQL and clarification
   * buttons; without it the message has no buttons (as in `npm run slack:preview`).
   */
  answerRef?: number;
  /** Whether the answer ran SQL (shows "Show SQL"). */
  hasSql?: boolean;
  /** Rows in the compact table before "…and N more rows" (default 10). */
  maxTableRows?: number;
}

const mrkdwn = (text: string) => ({ type: "mrkdwn", text });
const plain = (text: string) => ({ type: "plain_text", text, emoji: true });

function button(text: string, actionId: string, value: string, style?: "primary" | "danger"): Block {
  return {
    type: "button",
    text: plain(clip(text, L.buttonText)),
    action_id: clip(actionId, L.actionId),
    value,
    ...(style ? { style } : {}),
  };
}

/** The value a clarification button carries: the answer it belongs to and the option id verbatim. */
export function clarificationValue(answerRef: number, optionId: string): string {
  return JSON.stringify({ a: answerRef, o: optionId });
}

/**
 * The clarification's buttons (one per option, at most 24, "…and N more options" beyond) and its
 * question. Without an answer ref the options are listed as text.
 */
export function clarificationBlocks(c: Clarification, answerRef?: number): Block[] {
  const shown = c.options.slice(0, MAX_CLARIFICATION_OPTIONS);
  const more = c.options.length - shown.length;
  const blocks: Block[] = [];
  if (answerRef === undefined) {
    const list = shown.map((o) => `• ${escapeSlack(o.label)} (\`${escapeSlack(o.id)}\`)`).join("\n");
    blocks.push({ type: "section", text: mrkdwn(truncateText(list || "(no options)", L.sectionText)) });
  } else if (shown.length > 0) {
    blocks.push({
      type: "actions",
      block_id: "clarification",
      elements: shown.map((o, i) =>
        button(o.label, `${ACTION_IDS.clarifyPrefix}${i}`, clarificationValue(answerRef, o.id)),
      ),
    });
  }
  if (more > 0) blocks.push({ type: "context", elements: [mrkdwn(`…and ${more} more options`)] });
  return blocks;
}

/**
 * The one message of an answer: the text, a compact table, clarification buttons, the receipt and
 * the feedback / Show SQL buttons.
 * @example buildAnswerMessage(answer, { currency: "USD", answerRef: 7, hasSql: true }).blocks.length // 5
 */
export function buildAnswerMessage(
  answer: Pick<AgentAnswer, "answer" | "data" | "provenance" | "clarification" | "model" | "verification">,
  opts: AnswerMessageOptions,
): SlackMessage {
  const blocks: Block[] = [];
  const text = answer.answer.trim() || "I have no answer to that.";
  blocks.push({
    type: "section",
    block_id: "answer",
    text: mrkdwn(truncateText(answerMrkdwn(text), L.sectionText)),
  });

  const table = tableMrkdwn(
    answer.data,
    {
      currency: opts.currency,
      maxRows: opts.maxTableRows ?? 10,
      metricUnits: metricUnits(answer.provenance),
    },
    L.sectionText,
  );
  if (table) blocks.push({ type: "section", block_id: "table", text: mrkdwn(table) });

  if (answer.clarification) blocks.push(...clarificationBlocks(answer.clarification, opts.answerRef));

  if (answer.provenance.length > 0 || answer.clarification === undefined) {
    blocks.push({ type: "context", block_id: "receipt", elements: receiptLines(answer).map(mrkdwn) });
  }

  if (opts.answerRef !== undefined) {
    const ref = String(opts.answerRef);
    const elements = [button("👍", ACTION_IDS.feedbackUp, ref), button("👎", ACTION_IDS.feedbackDown, ref)];
    if (opts.hasSql) elements.push(button("Show SQL", ACTION_IDS.showSql, ref));
    // "Open in the web app" joins these buttons once the web app exists (there is none yet).
    blocks.push({ type: "actions", block_id: "answer_actions", elements });
  }
  return { text: clip(text.split("\n")[0] ?? text, L.sectionText), blocks };
}

/** Example questions shown for an empty mention and as the assistant's suggested prompts. */
export const EXAMPLE_QUESTIONS = [
  "What was ROAS by channel last month?",
  "October vs September revenue by channel",
  "Why did revenue drop last week?",
  "How should I split $50k next month?",
] as const;

/** The reply to an empty mention or "help": what the app does, with example questions. */
export function buildHelpMessage(): SlackMessage {
  const examples = EXAMPLE_QUESTIONS.map((q) => `• ${q}`).join("\n");
  return {
    text: "Ask me about your marketing numbers.",
    blocks: [
      {
        type: "section",
        text: mrkdwn(
          `Ask me about your marketing numbers: spend, revenue, ROAS, CPA, attribution, anomalies, budget splits. For example:\n${examples}`,
        ),
      },
      {
        type: "context",
        elements: [
          mrkdwn(
            "Every number comes from the metrics core and each answer shows the definitions and dates it used.",
          ),
        ],
      },
    ],
  };
}

/** A failure as a friendly message in the thread (never silence). `reason` is safe to show. */
export function buildErrorMessage(reason: string): SlackMessage {
  const text = `Sorry, I couldn't answer that: ${reason}`;
  return {
    text: clip(text, L.sectionText),
    blocks: [{ type: "section", text: mrkdwn(truncateText(escapeSlack(text), L.sectionText)) }],
  };
}

/** The "Show SQL" reply (ephemeral): each statement in a code block, within the limits. */
export function buildSqlMessage(sql: readonly string[]): SlackMessage {
  if (sql.length === 0)
    return {
      text: "This answer ran no SQL.",
      blocks: [
        {
          type: "section",
          text: mrkdwn("This answer ran no SQL (it came from the catalog or was a refusal)."),
        },
      ],
    };
  const max = L.blocksPerMessage - 1;
  const blocks: Block[] = sql.slice(0, max).map((statement) => ({
    type: "section",
    text: mrkdwn(`\`\`\`\n${truncateText(escapeSlack(statement), L.sectionText - 8)}\n\`\`\``),
  }));
  if (sql.length > max)
    blocks.push({ type: "context", elements: [mrkdwn(`…and ${sql.length - max} more statements`)] });
  return { text: `SQL of this answer (${sql.length} statement${sql.length === 1 ? "" : "s"})`, blocks };
}

/** The acknowledgement of a feedback click (ephemeral). */
export function buildFeedbackThanks(rating: "up" | "down"): SlackMessage {
  const text =
    rating === "up"
      ? "Thanks! Glad that helped."
      : "Thanks for flagging it. This answer goes to the review queue for the question set.";
  return { text, blocks: [{ type: "context", elements: [mrkdwn(text)] }] };
}
