import { describe, expect, it } from "vitest";
import { expandStateCodes } from "./us-state-codes.ts";

describe("expandStateCodes (fix8a)", () => {
  it("writes upper-case postal codes as state names", () => {
    expect(expandStateCodes("just CA and NY by month")).toBe("just california and new york by month");
    expect(expandStateCodes("TX vs FL")).toBe("texas vs florida");
  });

  it("leaves lower case, words that are codes, and codes inside words alone", () => {
    expect(expandStateCodes("ca and ny")).toBe("ca and ny");
    expect(expandStateCodes("revenue OR orders IN october")).toBe("revenue OR orders IN october");
    expect(expandStateCodes("CAC and NYC")).toBe("CAC and NYC");
  });
});
