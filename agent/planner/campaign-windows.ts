/**
 * leftA: named promotional windows. Campaign names carry the promotion as their first part
 * ("BF25 - Search - Sitewide Deals", "Holiday25 - Display - Gift Guide"), so "revenue in the BF25
 * window vs Holiday25" names two stretches of dates: each from the first to the last day its
 * campaigns had ad spend (their flights, read from the database into the planner's context). The
 * question is then about everything over those dates (all revenue), not about those campaigns'
 * own figures, and the answer says where the dates come from.
 *
 * A prefix is a window only when its campaigns ran for a bounded stretch (an always-on "Search"
 * campaign has no window), and a mention reads as a window only with a window word after it ("the
 * BF25 window", "the Summer26 season"), a time word before a dated prefix ("during Holiday25",
 * not "in TikTok"), or a dated prefix set beside another window ("the BF25 window vs Holiday25").
 * "The BF25 campaigns" stays a campaign filter.
 */
import { MONTH_NAMES } from "../../lib/months.ts";
import { joinList } from "../answer/format.ts";
import { consume } from "./normalize.ts";
import { baselineOf, type TimeParse } from "./time.ts";
import type { DimensionValue, Period } from "./types.ts";

/** A promotion named by its campaigns' common prefix, with the span of their flights. */
export interface CampaignWindow {
  /** The prefix as the campaign names write it ("BF25"). */
  name: string;
  period: Period;
}

/** Words after a prefix that make it a stretch of time. */
const WINDOW_AFTER =
  /^ (?:window|windows|period|periods|season|flight|flights|stretch|dates|days|weeks|run|push|event|sale|promo|promotion|one)\b/;
/** fix16b: a grain right after a dated prefix ("show bf25 by day") makes it a stretch of time. */
const SHOWN_OVER_TIME = /^ (?:by (?:day|week)|daily|weekly|day by day|each day|per day|over time)\b/;
/** Words before a prefix that make it a stretch of time ("during holiday25"). */
const TIME_BEFORE = /\b(?:in|during|over|across|throughout|within|through|for)(?: the)? $/;
/**
 * Words after a prefix that name its campaigns (a filter, not a window). fix20b: so do paid-media
 * measures only campaigns have ("what did bf25 spend vs make", "holiday25 roas"): the money was
 * their campaigns', not the store's over those dates.
 */
const CAMPAIGN_AFTER =
  /^ (?:campaigns?|ads?|ad sets?|adsets?|creatives?|search|sitewide|display|prospecting|retargeting|gift|camping|tiktok|spend|spent|spending|roas|cpa|cpc|cpm|ctr|impressions|budgets?)\b/;
/**
 * lead21: prefixes listed before one campaign noun ("bf25 and holiday25 campaigns") each name
 * their campaigns; the noun after the last serves all of them.
 */
const LISTED_CAMPAIGNS =
  /^(?:(?:,|,? (?:and|&|\+|or|vs|versus)) (?:the )?[a-z]+ ?'?\d{2}\b)+ (?:campaigns?|ads?|ad sets?)\b/;
/** Words between two windows set side by side (a list's commas are gone by now: a space is enough). */
const BESIDE =
  /^,? (?:(?:the )?(?:window |period |season )?(?:vs|versus|v|against|compared? (?:to|with)|and|or|to|with)(?: the)? )?$/;

/**
 * A prefix's letters written out as the holiday they stand for: "the black friday window" is the
 * BF25 window. Written out, the name reads as a window only with a window word after it: "during
 * black friday" is the day itself (time-holidays.ts).
 */
const SPELLED_OUT: Readonly<Record<string, string>> = {
  bf: "black ?friday",
  bfcm: "black ?friday ?(?:and |& |/ ?)?cyber ?monday",
  cm: "cyber ?monday",
};

/** The written-out form of a prefix ("BF25" -> "black ?friday"), when its letters have one. */
function spelledOutPattern(prefix: string): string | undefined {
  const letters = /^[a-z]+/.exec(prefix.toLowerCase())?.[0];
  return letters ? SPELLED_OUT[letters] : undefined;
}

/** "BF25" -> /bf ?25/: letters and digits may be written apart ("bf 25", "holiday-25"). */
function prefixPattern(prefix: string): string {
  return (prefix.toLowerCase().match(/[a-z]+|\d+/g) ?? []).join(" ?");
}

/**
 * The organization's promotional windows: campaign-name prefixes whose campaigns all have a
 * flight that stops short of the organization's widest span (always-on campaigns have none).
 */
export function campaignWindows(values: readonly DimensionValue[]): CampaignWindow[] {
  const campaigns = values.filter((v) => v.dimension === "campaign");
  const flown = campaigns.flatMap((v) => (v.flight ? [v.flight] : []));
  if (!flown.length) return [];
  const start = flown.reduce((a, f) => (f.from < a ? f.from : a), flown[0]!.from);
  const end = flown.reduce((a, f) => (f.to > a ? f.to : a), flown[0]!.to);
  const byPrefix = new Map<string, DimensionValue[]>();
  for (const c of campaigns) {
    const prefix = c.label.split(/\s[-|–:]\s/)[0]?.trim();
    // A prefix is one word that holds a letter ("BF25", "Holiday25"), not a whole campaign name.
    if (!prefix || prefix === c.label.trim() || !/^[A-Za-z][A-Za-z0-9]*$/.test(prefix)) continue;
    byPrefix.set(prefix, [...(byPrefix.get(prefix) ?? []), c]);
  }
  const out: CampaignWindow[] = [];
  for (const [name, members] of byPrefix) {
    if (!members.every((m) => m.flight)) continue;
    const from = members.reduce(
      (a, m) => (m.flight!.from < a ? m.flight!.from : a),
      members[0]!.flight!.from,
    );
    const to = members.reduce((a, m) => (m.flight!.to > a ? m.flight!.to : a), members[0]!.flight!.to);
    if (from === start && to === end) continue;
    out.push({ name, period: { from, to, label: `the ${name} window` } });
  }
  return out;
}

/**
 * fix18e: the words that follow a prefix inside any name it starts ("bf25 early access" is an email
 * send, "bf25 search sitewide deals" a campaign): a mention followed by one names that thing.
 */
function nameContinuations(prefix: string, values: readonly DimensionValue[]): string[] {
  const lower = prefix.toLowerCase();
  return values.flatMap((v) => {
    const parts = v.label.toLowerCase().split(/\s[-|–:]\s|\s+/);
    return parts[0] === lower && parts[1] ? [parts[1].replace(/[^a-z0-9]/g, "")].filter(Boolean) : [];
  });
}

/**
 * fix18e: a dated prefix said on its own, continuing no name it starts ("bf25 total rev", not "bf25
 * early access").
 */
function alone(after: string, continuations: readonly string[]): boolean {
  const next = /^ ([a-z0-9]+)/.exec(after)?.[1];
  return !next || !continuations.includes(next);
}

/** fix18e: the store's total asked ("bf25 total rev", "what did we make in holiday25 overall"). */
const STORE_TOTAL =
  /\b(?:total|totals|overall|all in|all up|in all|altogether|grand total|whole (?:store|site|shop|business|company)|store ?wide|everything|all channels)\b/;

/**
 * fix18e: a prefix that starts names of more than one kind (the BF25 campaigns and the "BF25 - Early
 * Access" email send) names neither alone; the dates they share are what it names. Read as nothing,
 * its words were dropped and the default period answered.
 */
function sharedAcrossKinds(prefix: string, values: readonly DimensionValue[]): boolean {
  const lower = prefix.toLowerCase();
  const kinds = new Set(
    values.filter((v) => v.label.toLowerCase().split(/\s[-|–:]\s|\s+/)[0] === lower).map((v) => v.dimension),
  );
  return kinds.size > 1;
}

/** A window found in the text, with where. */
interface Found {
  window: CampaignWindow;
  start: number;
  end: number;
}

/**
 * The promotional windows a question names as stretches of time, in order, and its text with those
 * words masked. Nothing when the organization has no windows or none is named as one.
 * @example readCampaignWindows("revenue in the bf25 window vs holiday25", values).windows.map((w) => w.name) // ["BF25", "Holiday25"]
 */
export function readCampaignWindows(
  text: string,
  values: readonly DimensionValue[],
): { windows: CampaignWindow[]; rest: string } {
  const windows = campaignWindows(values);
  if (!windows.length) return { windows: [], rest: text };
  const mentions: (Found & { named: boolean; dated: boolean })[] = [];
  for (const window of windows) {
    const continuations = nameContinuations(window.name, values);
    const onItsOwn = STORE_TOTAL.test(text) || sharedAcrossKinds(window.name, values);
    const spelled = spelledOutPattern(window.name);
    const re = new RegExp(
      `\\b(?:${prefixPattern(window.name)}${spelled ? `|(?<spelled>${spelled})` : ""})\\b`,
      "g",
    );
    for (const m of text.matchAll(re)) {
      const after = text.slice(m.index + m[0].length);
      if (CAMPAIGN_AFTER.test(after) || LISTED_CAMPAIGNS.test(after)) continue;
      const word = WINDOW_AFTER.exec(after);
      if (m.groups?.spelled && !word) continue;
      // Without a window word, only a dated prefix ("bf25", not "tiktok") reads as a stretch of time.
      const dated = /\d/.test(window.name);
      const named =
        Boolean(word) ||
        (dated &&
          (TIME_BEFORE.test(text.slice(0, m.index)) ||
            SHOWN_OVER_TIME.test(after) ||
            (onItsOwn && !m.groups?.spelled && alone(after, continuations))));
      const end = m.index + m[0].length + (word ? word[0].length : 0);
      mentions.push({ window, start: m.index, end, named, dated: dated || Boolean(word) });
    }
  }
  mentions.sort((a, b) => a.start - b.start);
  // A mention set beside a window by "vs", "and", "against" or a comma is a window too, and so
  // is the next one in a list ("during bf25, holiday25 and summer26", lead22).
  const window = mentions.map((m) => m.named);
  for (let changed = true; changed; ) {
    changed = false;
    mentions.forEach((m, i) => {
      if (window[i] || !m.dated) return;
      const prev = mentions[i - 1];
      const next = mentions[i + 1];
      if (
        (prev && window[i - 1] && BESIDE.test(text.slice(prev.end, m.start))) ||
        (next && window[i + 1] && BESIDE.test(text.slice(m.end, next.start)))
      )
        changed = window[i] = true;
    });
  }
  const found = mentions.filter((_, i) => window[i]);
  let rest = text;
  for (const f of found) rest = consume(rest, f);
  return { windows: found.map((f) => f.window), rest };
}

/** "November 20 – December 2, 2025", "December 3–22, 2025": a window's dates in words. */
function spanText(p: Period): string {
  const part = (d: string) => ({
    y: d.slice(0, 4),
    m: MONTH_NAMES[Number(d.slice(5, 7)) - 1],
    d: Number(d.slice(8, 10)),
  });
  const a = part(p.from);
  const b = part(p.to);
  if (a.y !== b.y) return `${a.m} ${a.d}, ${a.y} – ${b.m} ${b.d}, ${b.y}`;
  if (a.m !== b.m) return `${a.m} ${a.d} – ${b.m} ${b.d}, ${b.y}`;
  return `${a.m} ${a.d}–${b.d}, ${b.y}`;
}

/**
 * The sentence that says where the windows' dates come from and what the figures cover.
 * @example windowNote([bf25]) // "The BF25 window is November 20 – December 2, 2025: it runs from ..."
 */
export function windowNote(windows: readonly CampaignWindow[], whole = true): string {
  const spans = joinList(windows.map((w) => `the ${w.name} window is ${spanText(w.period)}`));
  const each = windows.length > 1 ? "each runs from its" : "it runs from its";
  // A question filtered to some campaigns is about them; otherwise the dates hold everything.
  const covers = whole
    ? " The figures cover everything over those dates, not only what those campaigns drove."
    : "";
  return `${spans.charAt(0).toUpperCase()}${spans.slice(1)}: ${each} campaigns' first to last day of ad spend.${covers}`;
}

/**
 * The question's periods with its named windows in them: two windows are compared (the later one
 * against the earlier, as for any two periods set side by side); one window is the period, or
 * stands beside another period the question names.
 */
export function withWindows(time: TimeParse, windows: readonly CampaignWindow[]): TimeParse {
  if (!windows.length) return time;
  const periods = windows.map((w) => w.period);
  // lead22: three or more windows side by side: each answered over its own dates (period-groups.ts).
  if (periods.length >= 3 && !time.compare) {
    const sorted = [...windows]
      .sort((a, b) => a.period.from.localeCompare(b.period.from))
      .map((w) => ({ ...w.period, label: w.name }));
    return { ...time, period: sorted[0], windows: sorted };
  }
  if (time.period && !time.compare && periods.length === 1) periods.push(time.period);
  if (periods.length >= 2) {
    const [earlier, later] = [...periods].sort((a, b) => a.from.localeCompare(b.from));
    return { ...time, period: later, compare: { mode: "explicit", period: earlier } };
  }
  const period = periods[0]!;
  const mode = time.compare?.mode;
  if (!mode) return { ...time, period };
  const compare = mode === "explicit" ? time.compare : { mode, period: baselineOf(period, mode) };
  return { ...time, period, compare };
}
