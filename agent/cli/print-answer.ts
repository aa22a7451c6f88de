import type { AgentAnswer } from "../contract.ts";

/** Print an answer as `npm run ask` does: text, clarification options and a receipt line, or JSON. */
export function printAnswer(answer: AgentAnswer, json: boolean): void {
  if (json) {
    process.stdout.write(`${JSON.stringify(answer, null, 2)}\n`);
    return;
  }
  process.stdout.write(`${answer.answer}\n`);
  if (answer.clarification) {
    for (const o of answer.clarification.options)
      process.stdout.write(`  --clarification ${o.id}   (${o.label})\n`);
  }
  const calls = answer.toolCalls.map((c) => `${c.name}(${JSON.stringify(c.args)})`).join("; ");
  process.stdout.write(`\n[thread ${answer.threadId}] [${answer.model.kind}] ${calls}\n`);
}
