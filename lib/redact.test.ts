import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { AppError } from "./errors.ts";
import { createLogger } from "./logger.ts";
import { redactSecrets } from "./redact.ts";

/** A logger writing into an array of parsed JSON lines. */
function capturedLogger() {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _enc, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { logger: createLogger({ destination }), lines };
}

describe("redactSecrets", () => {
  it.each([
    ["Authorization: Bearer mka_0123abcd_AbCdEf-_123", "Authorization: Bearer [redacted]"],
    ["key mka_0123abcd_AbCdEf-_123 revoked", "key mka_0123abcd_[redacted] revoked"],
    ["Incorrect API key provided: sk-proj-abcDEF123456", "Incorrect API key provided: sk-[redacted]"],
    ["postgres://analyst:hunter2@db:5432/analyst", "postgres://analyst:[redacted]@db:5432/analyst"],
    ["host=db user=a password=hunter2 dbname=x", "host=db user=a password=[redacted] dbname=x"],
    ["mail alice.smith+news@example.co.uk now", "mail [email] now"],
    ['relation "campaigns" does not exist', 'relation "campaigns" does not exist'],
  ])("%s -> %s", (input, expected) => {
    expect(redactSecrets(input)).toBe(expected);
  });
});

describe("createLogger redaction", () => {
  it("drops SQL parameters and quoted input values of a database error and its wrapper", () => {
    const { logger, lines } = capturedLogger();
    const pgError = Object.assign(new Error('invalid input syntax for type integer: "alice@example.com"'), {
      severity: "ERROR",
      code: "22P02",
      detail: "Key (email)=(alice@example.com) already exists.",
      where: "unnamed portal parameter $1 = 'alice@example.com'",
      query: "SELECT $1::int",
      params: ["alice@example.com", "bob"],
    });
    logger.error({ err: new AppError("db.query_failed", "query failed", { cause: pgError }) }, "failed");
    logger.error({ err: pgError }, "failed");
    expect(lines).toHaveLength(2);
    for (const line of lines) {
      expect(line).not.toContain("alice");
      expect(line).not.toContain('"bob"');
    }
    const direct = JSON.parse(lines[1]!).err;
    expect(direct).toMatchObject({
      message: 'invalid input syntax for type integer: "[redacted]"',
      code: "22P02",
      detail: "Key (email)=([redacted])",
      where: "unnamed portal parameter $1 = '[redacted]'",
      query: "SELECT $1::int",
    });
    expect(direct.params).toBeUndefined();
    expect(JSON.parse(lines[0]!).err.message).toBe(
      'query failed: invalid input syntax for type integer: "[redacted]"',
    );
  });

  it("censors credential fields and secrets anywhere in a line", () => {
    const { logger, lines } = capturedLogger();
    logger.info(
      {
        params: ["x@y.io"],
        headers: { authorization: "Bearer abc" },
        url: "postgresql://u:pw@h/db",
        nested: { password: "pw", note: "sent sk-abcdef123456" },
      },
      "first admin key mka_deadbeef_S3cretS3cret",
    );
    const line = JSON.parse(lines[0]!);
    expect(line).toMatchObject({
      params: "[redacted]",
      headers: { authorization: "[redacted]" },
      url: "postgresql://u:[redacted]@h/db",
      nested: { password: "[redacted]", note: "sent sk-[redacted]" },
      msg: "first admin key mka_deadbeef_[redacted]",
    });
  });
});
