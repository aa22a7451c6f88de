import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { SLASH_COMMAND } from "./listeners/command.ts";
import { BOT_SCOPES } from "./oauth.ts";

const manifest = readFileSync(new URL("./manifest.yaml", import.meta.url), "utf8");

/** The list items under `key:` (a flat YAML list, as the manifest writes them). */
function listUnder(key: string): string[] {
  const lines = manifest.split("\n");
  const start = lines.findIndex((l) => l.trim() === `${key}:`);
  const indent = lines[start]!.search(/\S/);
  const items: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (line.trim().startsWith("#")) continue;
    if (line.search(/\S/) <= indent) break;
    const m = /^\s*- (\S+)$/.exec(line);
    if (m) items.push(m[1]!);
  }
  return items;
}

describe("slack/manifest.yaml", () => {
  it("asks for exactly the bot scopes the OAuth install requests", () => {
    expect(listUnder("bot").sort()).toEqual([...BOT_SCOPES].sort());
  });

  it("subscribes to the events the listeners handle and declares the slash command", () => {
    expect(listUnder("bot_events")).toEqual([
      "app_mention",
      "assistant_thread_started",
      "assistant_thread_context_changed",
      "message.im",
    ]);
    expect(manifest).toContain(`- command: ${SLASH_COMMAND}`);
    expect(manifest).toMatch(/interactivity:\n\s+is_enabled: true/);
  });
});
