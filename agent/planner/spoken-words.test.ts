import { describe, expect, it } from "vitest";
import { readOtherToolWords } from "./other-tool-words.ts";
import { spelledPattern } from "./spoken-words.ts";

describe("spoken words", () => {
  it.each([
    ["what was the see pee a last week", "what was the cpa last week"],
    ["sea pee em on meta", "cpm on meta"],
    ["are oh eye by channel", "roi by channel"],
    ["roe as for google in june", "roas for google in june"],
    ["spend on tick tock yesterday", "spend on tiktok yesterday"],
    ["tic-toc orders", "tiktok orders"],
  ])("reads %s as %s, with a note", (question, read) => {
    const out = readOtherToolWords(question);
    expect(out.question).toBe(read);
    expect(out.notes).toHaveLength(1);
    expect(out.notes[0]).toMatch(/as a voice dictation may write it/);
  });

  it.each([
    "roas by channel",
    "cpa for c p a style campaigns",
    "show each row as a percentage",
    "tik tok spend",
    "do you see a pattern",
  ])("leaves %s as typed", (question) => {
    expect(readOtherToolWords(question)).toMatchObject({ question, notes: [] });
  });

  it("spells an acronym with at least one letter said as its name", () => {
    expect(spelledPattern("ctr").test("see tee are")).toBe(true);
    expect(spelledPattern("ctr").test("c t r")).toBe(false);
    expect(spelledPattern("ctr").test("ctr")).toBe(false);
  });
});
