/**
 * Budget pacing ("did campaigns spend their daily budgets", "who underspent", "spend vs budget by
 * campaign"): the words that ask for spend set against campaign budgets. The answer is the
 * campaigns tool's pacing (campaigns-intent.ts): each campaign's spend against the budget it had,
 * from its daily budget and the recorded planned changes; read as overspending past break-even
 * (the profitability tool) or as a budget split, it answered a different question.
 */

const PACING =
  /\b(?:pacing|pace (?:of|against)|on (?:pace|track) (?:with|to|for|against) (?:the |our |my )?(?:\w+ )?budgets?|budget (?:utili[sz]ation|usage|delivery)|(?:spend|spent|spending) (?:vs|versus|against|compared (?:to|with)) (?:the |our |their |its )?(?:daily )?budgets?|under ?spen[dt]\w*|under ?deliver\w*|(?:hit|hitting|reach|reached|reaching|use|used|using|exhaust\w*|max(?:ed)? out|spend|spent|spending) (?:all of )?(?:their|the|our|its) (?:full |daily |whole |entire )?budgets?)\b/;

/**
 * Whether the question asks about spend against campaign budgets.
 * @example asksPacing("did campaigns spend their daily budgets in october") // true
 */
/**
 * "how did actual spend compare to budget", "budget vs actuals by campaign", "spend relative to
 * each campaign's budget": spend set against budgets in other words (a past period, not a split).
 */
const AGAINST_BUDGET =
  /\b(?:(?:actual |real )?(?:spend|spent|spending|cost|costs)(?: \w+){0,3}? (?:compare[sd]?|stack(?:s|ed)? up|measure[sd]? up|line[sd]? up|track(?:s|ed)?|came in|come in)? ?(?:to|with|against|vs|versus|relative to|next to) (?:(?:the|our|their|its|each|every) )?(?:campaigns? )?(?:daily |set |planned |allocated )?budget(?:s|ed)?|budget(?:s|ed)? (?:vs|versus|against|compared (?:to|with)|to) (?:the )?actual(?:s| spend)?|actuals? (?:vs|versus|against|compared (?:to|with)) (?:the )?budget(?:s|ed)?)\b/;

export function asksPacing(text: string): boolean {
  if (METRIC_TARGET.test(text)) return false;
  return (
    PACING.test(text) ||
    AGAINST_BUDGET.test(text) ||
    asksOnPace(text) ||
    HIT_BUDGET.test(text) ||
    BUDGET_LEFT.test(text) ||
    BUDGET_SIDE.test(text) ||
    PLAN_GAP.test(text) ||
    BUDGET_USED.test(text)
  );
}

/**
 * lead26: "how much of the budget did we use in q3", "budget variance by campaign", "did we spend
 * all the budget last month": the share of a past budget spent, a finance reader's pacing. Read
 * without the rule it planned a budget split (for next year's Q3) or spend alone.
 */
const BUDGET_USED =
  /\b(?:budget (?:variance|variances|vs actuals?|to actuals?)|variances? (?:to|against|vs|versus|from) (?:the |our )?budgets?|how much of (?:the |our |my |their |its )?(?:\w+ )?budgets? (?:did|have|has|do|was|were) (?:we |they |it |campaigns |you )?(?:use|used|spend|spent|go through|went through|burn|burned|burnt)|(?:spend|spent|use|used|blow|blew|burn|burned|burnt|go through|went through) (?:all|most|half)(?: of)? (?:the |our |their |its )?(?:\w+ )?budgets?)\b/;

/**
 * fix17e: "spent less than their budget", "came in below budget", "went over its daily budget",
 * "fell short of budget", "didnt spend there full budget": spend on one side of the budget is spend
 * set against budgets (pacing). Read without the rule, it ranked spend alone or planned a split.
 */
const BUDGET_SIDE =
  /\b(?:(?:less|more|lower|higher|fewer|smaller|bigger)(?: \w+)? than (?:(?:the|their|its|our|each|a|they|it|we) )?(?:full |daily |set |planned |allocated |whole )?(?:budget(?:s|ed)?|allotted|allocated)|(?:below|under|over|above|short of|beyond|within|inside|in excess of|exceed\w*|overshot|overshoot\w*|overr[au]n\w*|blew (?:through|past)|under ?shot|(?:spend|spent|spending|use|used|using) (?:all|less|more|most|half) of) (?:(?:the|their|its|our|each|a|his|her) )?(?:full |daily |set |planned |allocated |whole )?budgets?(?! ?ed)|(?:did ?n[o']?t|didnt|never|not|failed to) (?:spend|use|hit|reach) (?:(?:the|their|there|its|our|all (?:of )?(?:their|its|the)) )?(?:full |whole |entire |daily )?budgets?)\b/;

/**
 * lead24: "how are we tracking against our spend budget", "how far off were we from the october
 * spend plan", "media plan vs actual": spend set against the plan in a tracking or gap word.
 */
const PLAN_GAP =
  /\b(?:track(?:ing|ed)?|running|trending) (?:against|to|vs|versus|toward|towards|relative to) (?:the |our |my |this month'?s |the month'?s )?(?:(?:monthly|quarterly|total|overall) )?(?:spend|ad|media|marketing|paid) (?:budgets?|plans?)\b|\b(?:off|over|under|above|below|short of|ahead of|behind|away) (?:(?:were|are|was|is|did|do) (?:we|you|they|it|spend|campaigns) )?(?:from |of |on |vs |versus )?(?:the |our |my )?(?:\w+ )?(?:spend|ad|media|marketing) (?:plans?|budgets?)\b|\b(?:spend|media|ad) plans? (?:vs|versus|against|compared (?:to|with)) (?:the )?actuals?\b|\b(?:spend|spent|spending)\b(?: \w+){0,3}? (?:vs|versus|against|compared (?:to|with)|relative to) (?:the |our |my )?(?:(?:spend|media|ad|marketing) )?plan\b|\b(?:stick|stuck|stay|stayed|keep|kept|hold|held|come in|came in) (?:to|within|under|inside|on) (?:the |our |my )?(?:(?:monthly|quarterly|spend|ad|media|marketing) )?budgets?\b|\b(?:how (?:close|near|far) (?:were|are|was|is|did) (?:we|you|spend|campaigns) (?:come )?|(?:were|are|was|is|did) (?:we|you|spend|campaigns) (?:come )?(?:close|near|far|way off|off|anywhere near) )(?:(?:to|from|off) )?(?:the |our |my )?(?:(?:monthly|quarterly|spend|ad|media|marketing) )?(?:budgets?|plans?)\b/;

/**
 * fix16b: "how much budget is left this month", "whats remaining in the ad budget", "unspent
 * budget": the budget less what was spent, which is spend against the budgets (pacing); a month
 * with no data yet says so and the latest complete month is paced instead. Read as a budget
 * split, it planned the most profitable spend of one empty day.
 */
const BUDGET_LEFT =
  /\b(?:budgets? (?:\w+ ){0,2}?(?:left|remaining|remains|unspent|still (?:available|to spend|unused))|(?:left|remaining|unspent|unused|leftover|left over) (?:\w+ ){0,3}?(?:in |of |on )?(?:the |our |my |this month'?s |this quarter'?s )?(?:ad |media |marketing |monthly |quarterly |daily )?budgets?|budgets? (?:\w+ ){0,2}?(?:do we|have we|we) (?:still )?(?:have|got) (?:left|remaining))\b/;

/**
 * fix13c: "pacing to our roas target", "on track against the cpa goal this quarter", "tracking to
 * target cac": a metric's target, not spend against budgets. The metric's figure over the period
 * answers, with the organization's target for it when one is set (or that none is).
 */
const METRIC_TARGET =
  /\b(?:roas|cpa|cac|mer|aov|revenue|sales|orders?|conversions?|conversion rate|profit|margin|cost per \w+)\s+(?:targets?|goals?|kpis?|thresholds?)\b|\b(?:target|goal)\s+(?:roas|cpa|cac|mer|aov)\b/;

/** leftB: "will we hit budget in december", "reach budget this quarter": a budget reached, no determiner. */
const HIT_BUDGET =
  /\b(?:hit|hitting|reach|reaching|exhaust\w*|max(?:ed)? out|use up|used up|burn through) (?:the |our |their |its )?(?:full |whole |entire |monthly |quarterly |ad |media |daily )?budgets?\b/;

/**
 * fix8b: "are we on track to use up this month's budget", "will we land on our ad budget for
 * december", "on pace for the spend budget": pacing asked of a period still running or ahead. The
 * period is the one named (not read back a year as a past one), so a month with no data yet says
 * so and the latest whole month is paced instead.
 */
const ON_PACE =
  /\b(?:on (?:pace|track|course|target)|pacing) (?:to|for) (?:\w+ ){0,5}?(?:ad |media |spend |spending |marketing |monthly |daily |campaign )?budgets?\b|\b(?:will|are|is) (?:we|our campaigns|campaigns|spend) (?:\w+ ){0,2}?(?:land|come in|finish|end up) (?:on|at|under|over|within) (?:\w+ ){0,3}?budgets?\b/;

/** Whether the question asks if spend is on course for a budget (a period running or ahead). */
export function asksOnPace(text: string): boolean {
  return ON_PACE.test(text);
}

/**
 * leftB: pacing asked of a period ahead with no budget word ("are we on pace for december",
 * "pacing for q1", "will we hit budget in december"): forward wording, so the month or quarter
 * named is the coming one (parse.ts reads its period forward) and the answer projects it. Past
 * tense ("were we on track in march") keeps the past reading.
 */
const PACE_AHEAD =
  /\b(?:(?:on|off) (?:pace|track|course)|pacing|pace) (?:for|to hit|to reach|to spend|in)\b|\b(?:will (?:we|our (?:campaigns|spend|spending)|spend|spending)|(?:are we|is (?:our )?spend(?:ing)?|are (?:our )?campaigns) (?:going to|gonna)) (?:\w+ ){0,2}?(?:hit|reach|make|land|use|exhaust|spend|come in|go over|run over|overspend|underspend)\b/;
const PAST_TENSE = /\b(?:was|were|did|had|last|ago|previous|prior)\b/;
/** A target or goal named: the targets answer, not spend against budget. */
const TARGET_WORDS = /\b(?:targets?|goals?|forecast|quota|plan)\b/;

/**
 * Whether the question asks about pacing ahead (forward wording, no past tense, no target named).
 * @example asksPaceAhead("are we on pace for december") // true
 * @example asksPaceAhead("were we on pace in march") // false
 */
export function asksPaceAhead(text: string): boolean {
  return PACE_AHEAD.test(text) && !PAST_TENSE.test(text) && !TARGET_WORDS.test(text);
}

/** Words of a budget plan or a metric that make "on pace for X" about something else. */
const NOT_SPEND =
  /\b(?:revenue|sales|orders?|roas|cpa|cac|conversions?|profit|traffic|sessions|customers|signups?|leads?)\b/;

/**
 * "are we on pace for december", "pacing for q1": forward pacing with no metric named is spend
 * against budget (a metric named, "on pace for revenue", is not).
 * @example asksSpendPaceAhead("pacing for q1") // true
 */
export function asksSpendPaceAhead(text: string): boolean {
  return asksPaceAhead(text) && !NOT_SPEND.test(text);
}
