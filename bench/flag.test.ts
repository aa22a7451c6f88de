import { describe, expect, it } from "vitest";
import { flagValue } from "./flag.ts";

describe("flagValue", () => {
  it("reads --name=value, keeping any later '=' in the value", () => {
    expect(flagValue(["--url=http://h/?a=b", "--scale=0.5"], "url")).toBe("http://h/?a=b");
    expect(flagValue(["--scale=0.5"], "scale")).toBe("0.5");
  });
  it("reads --name value", () => {
    expect(flagValue(["--questions", "40", "--fresh-clone"], "questions")).toBe("40");
  });
  it("is undefined when absent, or when the next word is another flag", () => {
    expect(flagValue(["--scale=0.5"], "questions")).toBeUndefined();
    expect(flagValue(["--log", "--fresh-clone"], "log")).toBeUndefined();
  });
});
