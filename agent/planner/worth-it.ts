/**
 * fix18c: whether one paid channel, platform or campaign pays its way: "is display worth it",
 * "tiktok worth it y/n", "is meta paying for itself", "does affiliate make us money". Read as a
 * lookup (the paraphrase turns "worth it" into ROAS), the answer was the bare ROAS with no verdict.
 * The ask is a verdict: its ROAS against break-even at the gross margin and the period before
 * (metric-verdict-intent.ts), led by the subject's name (present/metric-verdict.ts). A change asked
 * with it ("was raising display in july worth it") is the payoff readers'; email's own worth is
 * the email ROI intent's; both are left alone here.
 */
import { WORTH_IT_NOTE, worthItNote } from "../present/metric-verdict.ts";
import type { Reading } from "./pipeline/types.ts";
import type { FrameFilter } from "./types.ts";

/**
 * Words asking whether something pays its way, read on the question as typed. "Make us money" is
 * a standing verdict; "did X make money in july" is that period's profit (campaign-break-even).
 */
const ASKS_WORTH =
  /\b(?:worth (?:it|its? (?:money|cost|spend|budget)|the (?:money|spend|spending|investment|cost|budget|effort)|keeping|continuing|spending (?:on|money on)|paying for|investing in)|(?:wrth|wroth|wort|woth|wirth|worht)\s+it|pay(?:s|ing)? (?:off|for (?:it|them)sel(?:f|ves)|its way)|pulling (?:its|their) weight|earn(?:s|ing)? (?:its|their) keep|(?:make|makes) us (?:any )?money|(?:wast(?:e|ing)|burn(?:ing)?) (?:our )?(?:money|budget|cash|spend))\b/;

/**
 * fix20e: whether it had any effect at all: "did display do anything for us", "has tiktok moved the
 * needle", "did paid social make a difference", "did affiliate help at all", "did display work this
 * summer". The same verdict, with the channel's holdout beside it (what pausing it measured).
 */
const ASKS_EFFECT =
  /\b(?:(?:do|does|did|dd|doing|done)\s+(?:\w+\s+){0,2}?(?:anything|anythin|anyhting|anythng|much|something|its job|their job|any good)\b(?!\s+(?:unusual|weird|strange|odd|wrong|different|new|else|about|with))|mov(?:e|es|ed|ing) the needle|(?:make|makes|made|making) (?:a|any|much of a|an?) (?:real |big |noticeable |measurable )?(?:difference|dent|impact)|(?:have|has|had|having) (?:a|an|any) (?:real |measurable |noticeable )?(?:impact|effect)|help(?:ed|s|ing)?(?: us| sales| revenue)? (?:at all|much|any)|pull(?:s|ed|ing)? (?:its|their) weight|(?:work|worked|working)(?: (?:at all|for us|out))?\s*(?:(?:this|last|in|during|over|so far)\b|\?|$))/;

/** "How does X work": a definition, not a verdict. */
const HOW_IT_WORKS = /\bhow (?:does|do|did|is|would)\b/;

/** A change, a test or a comparison asked with it: another reader's question. */
const ELSEWHERE =
  /\b(?:rais\w*|increas\w*|cut\w*|paus\w*|doubl\w*|tripl\w*|quadrupl\w*|halv\w*|extra|upp\w*|bump\w*|boost\w*|test\w*|holdout|after|since|when we|at what point|stops?|stopp\w*|diminish\w*|saturat\w*|more spend|extra spend|vs|versus|compared?|than|which|email|newsletter|organic|direct|referral)\b|\d{2,}|[+$€£%]/;

/** Channels with ad spend: the only ones a return on ad spend can judge. */
const PAID = new Set(["paid_search", "paid_social", "display", "affiliate"]);

/** The words that carry a follow-up to the next subject: "what about affiliate?", "and meta". */
const NEXT_SUBJECT =
  /^(?:(?:ok|okay|and|so|then|cool|thanks)\s+)*(?:(?:what|how) about|and|same for|same (?:question )?for|now|what of|ok)?\s*[\w&+' -]{1,60}?\s*(?:then|too|also)?\s*$/;

/**
 * fix21e: the ads as a whole, named with no channel: "are the ads worth it", "is our advertising
 * paying for itself", "is paid media worth the money". Judged as the paid channel group.
 */
const ALL_ADS =
  /\b(?:(?:the|our|my|all|all (?:the|our)|these|those)\s+)?(?:ads|adverts|advertising|ad spend|paid ads|paid media|paid channels|paid marketing|marketing spend|ad campaigns)\b/;
const PAID_GROUP: FrameFilter = { field: "channel_group", op: "in", values: ["paid"] };
const PAID_GROUP_LABEL = "paid advertising";

/** The one paid member the question names: a paid channel, a platform or a campaign. */
function paidMember(r: Reading): FrameFilter | undefined {
  const members = r.p.dims.filters.filter(
    (f) => ["channel", "platform", "campaign"].includes(f.field) && f.op === "in",
  );
  const others = r.p.dims.filters.some((f) => f.field !== "channel_group");
  if (!members.length && !others && !r.p.dims.dimensions.length && ALL_ADS.test(r.question.toLowerCase()))
    return { ...PAID_GROUP, values: [...PAID_GROUP.values] };
  if (members.length !== 1 || members[0]!.values.length !== 1) return undefined;
  const f = members[0]!;
  if (f.field === "channel" && !PAID.has(String(f.values[0]))) return undefined;
  return { field: f.field, op: f.op, values: [...f.values] };
}

/** Whether a campaign's flight ended more than a month before the data's end. */
function endedEarly(r: Reading, value: string): boolean {
  const flight = r.ctx.dimensionValues.find((d) => d.dimension === "campaign" && d.value === value)?.flight;
  const end = r.p.dataEnd ?? r.ctx.dataEnd;
  if (!flight || !end) return false;
  const monthBefore = new Date(Date.parse(`${end}T00:00:00Z`) - 30 * 86_400_000).toISOString().slice(0, 10);
  return flight.to < monthBefore;
}

/** The member's name as the marketer reads it ("Display", "TikTok Ads"). */
function labelOf(r: Reading, f: FrameFilter): string {
  if (f.field === PAID_GROUP.field) return PAID_GROUP_LABEL;
  const value = String(f.values[0]);
  const hit = r.ctx.dimensionValues.find((d) => d.dimension === f.field && d.value === value);
  return hit?.label ?? value;
}

/** Whether the question, as typed, asks whether something pays its way. */
export function asksWorth(question: string): boolean {
  const q = question.toLowerCase();
  return ASKS_WORTH.test(q) && !ELSEWHERE.test(q);
}

/** fix20e: whether the question, as typed, asks whether something had any effect at all. */
export function asksEffect(question: string): boolean {
  const q = question.toLowerCase();
  // "or is it just taking credit for people who'd buy anyway": incrementality (incrementality-intent.ts).
  const incremental = /\banyway\b|\b(?:tak|steal|grabb?)(?:e|es|ing|s)? (?:the )?credit\b/.test(q);
  return ASKS_EFFECT.test(q) && !HOW_IT_WORKS.test(q) && !ELSEWHERE.test(q) && !incremental;
}

/**
 * The member judged and the verdict's placeholder naming it, or undefined when the question is
 * not a worth-it ask of one paid member (nor a short follow-up of one naming the next member).
 * @example worthItAsk(reading("is display worth it?")) // { filter: channel in [display], note: "Whether Display is worth it: ..." }
 */
export function worthItAsk(r: Reading): { filter: FrameFilter; note: string; effect?: boolean } | undefined {
  const member = paidMember(r);
  if (!member) return undefined;
  // The parser's text too: a typo'd change ("we dubled affiliate spend") is read as the change it is.
  // A campaign asked whether it worked is judged over its run (campaign-break-even-intent.ts).
  const effect =
    member.field !== "campaign" &&
    !asksWorth(r.question) &&
    asksEffect(r.question) &&
    !ELSEWHERE.test(r.p.text);
  const asked = (asksWorth(r.question) || effect) && !ELSEWHERE.test(r.p.text);
  const followed =
    !asked &&
    r.p.metrics.length === 0 &&
    WORTH_IT_NOTE.test(r.previous?.note ?? "") &&
    r.question.trim().split(/\s+/).length <= 6 &&
    NEXT_SUBJECT.test(r.question.toLowerCase().replace(/[?!.]+\s*$/, ""));
  if (!asked && !followed) return undefined;
  // fix19a: a campaign whose run ended before the data's last month, asked with no period, is
  // judged over its run (campaign-break-even-intent.ts), not over a month it had no spend in.
  if (member.field === "campaign" && !r.p.time.period && endedEarly(r, String(member.values[0])))
    return undefined;
  return { filter: member, note: worthItNote(labelOf(r, member)), ...(effect ? { effect } : {}) };
}
