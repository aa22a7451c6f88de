import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase } from "./connect.ts";
import type { Database } from "./database.ts";
import { toVectorParam } from "./vector.ts";

describe("toVectorParam", () => {
  it("writes pgvector's text form and sends a non-finite component as 0", () => {
    expect(toVectorParam([0.25, -1, 3])).toBe("[0.25,-1,3]");
    expect(toVectorParam([1, Number.NaN, Number.POSITIVE_INFINITY])).toBe("[1,0,0]");
  });
});

describe("vector values on PGlite with pgvector", () => {
  let db: Database;
  beforeAll(async () => {
    db = await openTestDatabase();
  });
  afterAll(() => db.close());

  it("sends an embedding as a parameter and reads a vector column back as numbers", async () => {
    expect(await db.hasVector()).toBe(true);
    const [row] = await db.query<{ v: unknown; d: number }>(
      "SELECT $1::vector AS v, $1::vector <=> $2::vector AS d",
      [toVectorParam([1, 0, 0.5]), toVectorParam([0, 1, 0])],
    );
    expect(row!.v).toEqual([1, 0, 0.5]);
    expect(row!.d).toBe(1);
  });
});
