import { describe, expect, it } from "vitest";
import { jsonNumberReplacer } from "./json-numbers.ts";

describe("jsonNumberReplacer", () => {
  it("drops floating-point noise and keeps every meaningful digit", () => {
    const out = JSON.parse(
      JSON.stringify(
        { linear: 0.7 + 0.7 + 0.7, maxTotal: 40211.193000000014, z: 1244.2398249533733, id: 42, big: 1e21 },
        jsonNumberReplacer,
      ),
    );
    expect(out).toEqual({ linear: 2.1, maxTotal: 40211.193, z: 1244.23982495337, id: 42, big: 1e21 });
  });
});
