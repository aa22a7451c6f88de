/**
 * Slack's Block Kit limits, checked by a pure validator so every payload the app builds can be
 * tested against them (Slack answers `invalid_blocks` for a message over any of them).
 * Figures from Slack's Block Kit reference (blocks, block elements, composition objects).
 */
export const BLOCK_KIT_LIMITS = {
  blocksPerMessage: 50,
  sectionText: 3000,
  sectionFields: 10,
  fieldText: 2000,
  headerText: 150,
  buttonText: 75,
  actionId: 255,
  blockId: 255,
  buttonValue: 2000,
  buttonUrl: 3000,
  contextElements: 10,
  contextText: 3000,
  actionsElements: 25,
  /** chat.postMessage truncates `text` beyond 40,000 characters; we never rely on that. */
  messageText: 40000,
} as const;

type Json = Record<string, unknown>;
const isRecord = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);
const textOf = (v: unknown): string | undefined =>
  isRecord(v) && typeof v.text === "string" ? v.text : undefined;

/**
 * Every limit a message payload (`{text?, blocks?}`) breaks, as readable strings naming the block
 * path; empty when the payload is within Slack's limits.
 * @example findLimitViolations({ blocks: [{ type: "header", text: { type: "plain_text", text: "x".repeat(151) } }] })
 * // ["blocks[0].text: header text has 151 characters (max 150)"]
 */
export function findLimitViolations(payload: { text?: unknown; blocks?: unknown }): string[] {
  const L = BLOCK_KIT_LIMITS;
  const out: string[] = [];
  const over = (path: string, what: string, n: number, max: number) => {
    if (n > max) out.push(`${path}: ${what} has ${n} characters (max ${max})`);
  };
  if (typeof payload.text === "string") over("text", "message text", payload.text.length, L.messageText);
  if (payload.blocks === undefined) return out;
  if (!Array.isArray(payload.blocks)) return ["blocks: expected an array"];
  if (payload.blocks.length > L.blocksPerMessage)
    out.push(`blocks: ${payload.blocks.length} blocks (max ${L.blocksPerMessage})`);
  payload.blocks.forEach((block, i) => {
    const path = `blocks[${i}]`;
    if (!isRecord(block) || typeof block.type !== "string") {
      out.push(`${path}: expected a block with a type`);
      return;
    }
    if (typeof block.block_id === "string")
      over(`${path}.block_id`, "block_id", block.block_id.length, L.blockId);
    switch (block.type) {
      case "section": {
        const text = textOf(block.text);
        if (text !== undefined) over(`${path}.text`, "section text", text.length, L.sectionText);
        if (text === undefined && !Array.isArray(block.fields))
          out.push(`${path}: a section needs text or fields`);
        if (Array.isArray(block.fields)) {
          if (block.fields.length > L.sectionFields)
            out.push(`${path}.fields: ${block.fields.length} fields (max ${L.sectionFields})`);
          block.fields.forEach((f, j) => {
            over(`${path}.fields[${j}]`, "field text", textOf(f)?.length ?? 0, L.fieldText);
          });
        }
        if (isRecord(block.accessory)) checkElement(block.accessory, `${path}.accessory`, out);
        break;
      }
      case "header":
        over(`${path}.text`, "header text", textOf(block.text)?.length ?? 0, L.headerText);
        break;
      case "context": {
        const elements = Array.isArray(block.elements) ? block.elements : [];
        if (elements.length > L.contextElements)
          out.push(`${path}.elements: ${elements.length} elements (max ${L.contextElements})`);
        elements.forEach((e, j) => {
          over(`${path}.elements[${j}]`, "context text", textOf(e)?.length ?? 0, L.contextText);
        });
        break;
      }
      case "actions": {
        const elements = Array.isArray(block.elements) ? block.elements : [];
        if (elements.length > L.actionsElements)
          out.push(`${path}.elements: ${elements.length} elements (max ${L.actionsElements})`);
        elements.forEach((e, j) => {
          if (isRecord(e)) checkElement(e, `${path}.elements[${j}]`, out);
        });
        break;
      }
      default:
        break;
    }
  });
  return out;
}

function checkElement(e: Json, path: string, out: string[]): void {
  const L = BLOCK_KIT_LIMITS;
  const over = (p: string, what: string, n: number, max: number) => {
    if (n > max) out.push(`${p}: ${what} has ${n} characters (max ${max})`);
  };
  if (typeof e.action_id === "string") over(`${path}.action_id`, "action_id", e.action_id.length, L.actionId);
  if (e.type === "button") {
    over(`${path}.text`, "button text", textOf(e.text)?.length ?? 0, L.buttonText);
    if (typeof e.value === "string") over(`${path}.value`, "button value", e.value.length, L.buttonValue);
    if (typeof e.url === "string") over(`${path}.url`, "button url", e.url.length, L.buttonUrl);
  }
}
