import { describe, expect, it } from "vitest";
import { isAppError } from "../../lib/errors.ts";
import type { Dimension } from "../catalog/types.ts";
import type { Filter } from "../query/types.ts";
import { checkFilterValues, valueTypeProblem } from "./filter-values.ts";

const campaign: Dimension = {
  key: "campaign",
  label: "Campaign",
  description: "Campaign",
  synonyms: [],
  type: "category",
  valueType: "integer",
};
const channel: Dimension = { ...campaign, key: "channel", valueType: "string" };

describe("valueTypeProblem", () => {
  it.each([
    ["integer", 5003, undefined],
    ["integer", "5003", undefined],
    ["integer", "-7", undefined],
    ["integer", 2_147_483_647, undefined],
    ["integer", 2_147_483_648, "expected an integer id, e.g. 5003, got 2147483648"],
    ["integer", "99999999999", 'expected an integer id, e.g. 5003, got "99999999999"'],
    ["integer", 1.5, "expected an integer id, e.g. 5003, got 1.5"],
    ["integer", 1e308, "expected an integer id, e.g. 5003, got 1e+308"],
    ["integer", "5003 OR 1=1", 'expected an integer id, e.g. 5003, got "5003 OR 1=1"'],
    ["integer", "", 'expected an integer id, e.g. 5003, got ""'],
    ["integer", "x".repeat(100), `expected an integer id, e.g. 5003, got "${"x".repeat(39)}...`],
    ["string", "5003 OR 1=1", undefined],
    ["string", 5, undefined],
  ] as const)("%s %j -> %j", (type, value, expected) => {
    expect(valueTypeProblem(type, value)).toBe(expected);
  });
});

describe("checkFilterValues", () => {
  const thrown = (dimension: Dimension, filter: Filter) => {
    try {
      checkFilterValues(dimension, filter, 2);
      return undefined;
    } catch (e) {
      return isAppError(e) ? { code: e.code, message: e.message, details: e.details } : e;
    }
  };

  it("refuses a text campaign id in an eq filter, naming the value's path", () => {
    expect(thrown(campaign, { field: "campaign", op: "eq", value: "5003 OR 1=1" })).toEqual({
      code: "input.invalid",
      message: `filters.2.value: dimension 'campaign' expected an integer id, e.g. 5003, got "5003 OR 1=1"`,
      details: { path: "filters.2.value", suggestion: null },
    });
  });

  it("names the offending element of an in list", () => {
    expect(thrown(campaign, { field: "campaign", op: "not_in", values: [5003, "abc"] })).toEqual({
      code: "input.invalid",
      message: `filters.2.values.1: dimension 'campaign' expected an integer id, e.g. 5003, got "abc"`,
      details: { path: "filters.2.values.1", suggestion: null },
    });
  });

  it("lets null, ids, any text of a string dimension and any contains pattern through", () => {
    expect(thrown(campaign, { field: "campaign", op: "eq", value: null })).toBeUndefined();
    expect(thrown(campaign, { field: "campaign", op: "in", values: [5003, "5004"] })).toBeUndefined();
    expect(thrown(channel, { field: "channel", op: "eq", value: "5003 OR 1=1" })).toBeUndefined();
    expect(thrown(campaign, { field: "campaign", op: "contains", value: "black friday" })).toBeUndefined();
  });
});
