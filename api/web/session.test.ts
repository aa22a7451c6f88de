import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createSessionSigner, loadSessionSecret } from "./session.ts";

describe("session cookies", () => {
  const signer = createSessionSigner("a".repeat(43));
  const claims = { keyId: 7, organizationId: 3, expiresAt: 2_000 };

  it("verify returns the claims of a cookie it signed, until it expires", () => {
    const value = signer.sign(claims);
    expect(value).toMatch(/^v1\.7\.3\.2000\.[\w-]{43}$/);
    expect(signer.verify(value, 1_999)).toEqual(claims);
    expect(signer.verify(value, 2_000)).toBeUndefined();
  });

  it("refuses a cookie whose claims were edited, or that another secret signed", () => {
    const value = signer.sign(claims);
    expect(signer.verify(value.replace("v1.7.3", "v1.8.3"), 1)).toBeUndefined();
    expect(signer.verify(value.replace(".3.2000.", ".4.2000."), 1)).toBeUndefined();
    expect(createSessionSigner("b".repeat(43)).verify(value, 1)).toBeUndefined();
    expect(signer.verify("garbage", 1)).toBeUndefined();
  });

  const dir = mkdtempSync(path.join(tmpdir(), "session-secret-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("keeps a generated secret in DATA_DIR (mode 0600) and reuses it; SESSION_SECRET wins", async () => {
    const first = await loadSessionSecret({ dataDir: dir });
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(statSync(path.join(dir, "session-secret")).mode & 0o777).toBe(0o600);
    expect(await loadSessionSecret({ dataDir: dir })).toBe(first);
    expect(await loadSessionSecret({ dataDir: dir, configured: "x".repeat(40) })).toBe("x".repeat(40));
  });
});
