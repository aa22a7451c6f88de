/**
 * `npx tsx scripts/fake-slack.ts [--port 4790] [--log FILE]`: a small Slack-compatible Web API
 * for local demos without a workspace (scripts/fake-slack-server.ts). Point the service at it with
 * SLACK_API_URL=http://127.0.0.1:4790/api/; each call it receives is printed as one JSON line
 * (and appended to --log). GET /calls lists every call.
 */
import { appendFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { startFakeSlack } from "./fake-slack-server.ts";

const { values } = parseArgs({
  options: { port: { type: "string", default: "4790" }, log: { type: "string" } },
});
const port = Number(values.port);
if (!Number.isInteger(port) || port <= 0 || port > 65535) {
  process.stderr.write(`error: --port: expected a port number, got '${values.port}'\n`);
  process.exit(2);
}
const fake = await startFakeSlack({
  port,
  onCall: (call) => {
    const line = JSON.stringify(call);
    process.stdout.write(`${line}\n`);
    if (values.log) appendFileSync(values.log, `${line}\n`);
  },
});
process.stderr.write(`fake Slack Web API on ${fake.apiUrl} (GET /calls lists what it received)\n`);
