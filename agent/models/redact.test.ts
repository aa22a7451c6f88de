import { describe, expect, it } from "vitest";
import { redactKnownSecrets, redactSecrets } from "./redact.ts";

describe("redactSecrets", () => {
  it.each([
    [
      "401 Incorrect API key provided: sk-proj-AbC123xyz_987. You can find your API key at ...",
      "401 Incorrect API key provided: sk-[redacted]. You can find your API key at ...",
    ],
    [
      'upstream said {"authorization":"Bearer abc.def-ghi"}',
      'upstream said {"authorization":"Bearer [redacted]"}',
    ],
    ["GET /v1?api_key=s3cr3tvalue&x=1 failed", "GET /v1?api_key=[redacted]&x=1 failed"],
    ['{"api-key": "hunter22"}', '{"api-key": "[redacted]"}'],
    ["password=pa55word token: t0k3n", "password=[redacted] token: [redacted]"],
    ["slack xoxb-1234-5678-abcdef", "slack xox-[redacted]"],
  ])("%s", (input, expected) => {
    expect(redactSecrets(input)).toBe(expected);
  });

  it("leaves ordinary error text alone", () => {
    const text = "500 The server had an error while processing your request (task-id 42).";
    expect(redactSecrets(text)).toBe(text);
  });
});

describe("redactKnownSecrets", () => {
  it("removes the configured key even when it has no recognizable shape", () => {
    expect(redactKnownSecrets("key ollama-local-7 rejected", ["ollama-local-7"])).toBe(
      "key [redacted] rejected",
    );
  });
});
