/**
 * fix19e: words that say how the answer is laid out or whom it is for ("as a table", "as a csv",
 * "a paragraph for the client", "for my boss"): they set the output and the voice, never a metric
 * or a breakdown. Left unread they were searched in the catalog ("table csv", "target table
 * client"). The answer writer reads the format from the question as typed (answer/table-view.ts).
 */
export const OUTPUT_WORDS: ReadonlySet<string> = new Set(
  (
    "table tables tabular grid csv csvs excel xlsx spreadsheet sheet gsheet file export download downloadable " +
    "paragraph paragraphs para blurb prose bullets bullet bulleted slide slides deck format formatted " +
    "write writeup wrte wirte client clients board manager ceo cmo cfo founders boss investors investor stakeholders stakeholder execs leadership " +
    // fix20d: "draft a short summary of how email did", "a few sentences on paid social".
    "draft drafted compose jot sentences sentence few short summary recap"
  ).split(" "),
);
