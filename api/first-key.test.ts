import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { firstKeyNotice, writeFirstKeyFile } from "./first-key.ts";

describe("writeFirstKeyFile", () => {
  let dir: string;
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("writes the key to DATA_DIR/first-admin-key.txt readable only by its owner", async () => {
    dir = mkdtempSync(path.join(tmpdir(), "key-"));
    const file = await writeFirstKeyFile(path.join(dir, "data"), "mka_01234567_secret");
    expect(file).toBe(path.join(dir, "data", "first-admin-key.txt"));
    expect(readFileSync(file, "utf8")).toBe("mka_01234567_secret\n");
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it("tightens and replaces an older file", async () => {
    dir = mkdtempSync(path.join(tmpdir(), "key-"));
    writeFileSync(path.join(dir, "first-admin-key.txt"), "old key, much longer than the new one\n", {
      mode: 0o644,
    });
    const file = await writeFirstKeyFile(dir, "mka_89abcdef_new");
    expect(readFileSync(file, "utf8")).toBe("mka_89abcdef_new\n");
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });
});

describe("firstKeyNotice", () => {
  const base = { key: "mka_01234567_secret", file: "/d/first-admin-key.txt", org: "acme", url: "http://h:1" };
  it("shows the key on a terminal", () => {
    expect(firstKeyNotice({ ...base, terminal: true })).toContain("  mka_01234567_secret\n");
  });
  it("names only the file when stdout is not a terminal", () => {
    expect(firstKeyNotice({ ...base, terminal: false })).toBe(
      "Admin API key for 'acme' written to /d/first-admin-key.txt (readable only by its owner).\n",
    );
  });
});
