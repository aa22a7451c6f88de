/**
 * The words of scheduling and alert requests, as data (agent/planner/automation-intent.ts reads
 * them): when something should recur, what a threshold's direction is, and where it should go.
 * Each row is tried in order; the first match wins.
 */

/** A recurrence: the cron (minute and hour filled in later) and how it reads. */
export interface RecurrenceRow {
  re: RegExp;
  /** Day-of-month and day-of-week fields of the cron, e.g. "* 1" (Mondays). */
  days: string;
  words: string;
  /** The brief's period at each fire ("daily" has none: a brief covers a week or a month). */
  briefPeriod?: "last_week" | "last_month";
}

const DAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"] as const;
// para22: "for monday mornings", "friday afternoons": a day's part in the plural recurs too.
const dayRow = (day: (typeof DAYS)[number], i: number): RecurrenceRow => ({
  re: new RegExp(
    `\\b(?:(?:every|each|on) ${day}s?|${day}s|${day} (?:mornings|afternoons|evenings|nights))\\b`,
  ),
  days: `* ${i}`,
  words: `every ${day[0]!.toUpperCase()}${day.slice(1)}`,
  briefPeriod: "last_week",
});

export const RECURRENCES: readonly RecurrenceRow[] = [
  ...DAYS.map(dayRow),
  {
    re: /\b(?:every weekday|each weekday|on weekdays|every working day|every business day)\b/,
    days: "* 1-5",
    words: "every weekday",
  },
  {
    re: /\b(?:daily|every day|each day|every morning|each morning|every evening|every night|nightly)\b/,
    days: "* *",
    words: "every day",
  },
  {
    re: /\b(?:weekly|every week|each week|once a week|per week)\b/,
    days: "* 1",
    words: "every Monday",
    briefPeriod: "last_week",
  },
  {
    re: /\b(?:monthly|every month|each month|once a month|first of (?:the|every|each) month|start of (?:the|every|each) month)\b/,
    days: "1 *",
    words: "on the 1st of every month",
    briefPeriod: "last_month",
  },
];

/** Words that ask for the insight brief rather than one question's answer. */
export const BRIEF_WORDS =
  /\b(?:brief|briefing|report|summary|recap|digest|update|kpis?|numbers|round ?up|overview)\b/;
/** Words that point at the thread's previous question ("send me this"). */
export const THIS_WORDS = /\b(?:this|that|it|these|those|the same|this report|this answer|this chart)\b/;

/** Threshold directions: "goes above", "drops below". */
export const ABOVE =
  /\b(?:goes above|go above|gets above|rises above|climbs above|is above|above|over|exceeds?|exceeding|more than|higher than|greater than|tops|passes|crosses)\b/;
export const BELOW =
  /\b(?:drops below|drop below|falls below|fall below|dips below|goes below|go below|gets below|is below|below|under|less than|lower than|beneath)\b/;
/** A sudden change the anomaly detector finds ("spikes", "anything unusual happens"). */
export const ANOMALY =
  /\b(?:spikes?|spiking|jumps?|surges?|plunges?|plummets?|crashes|tanks|collapses|anomal\w*|unusual|abnormal|weird|strange|sudden\w*|out of the ordinary|goes crazy)\b/;
/** The metric crossing the organization's target ("misses its target", "off target"). */
export const TARGET_WORDS =
  /\b(?:(?:misses|miss|missed|crosses|cross|breaks|break|off|above|below|over|under|hits?|reaches) (?:its |our |the |my )?(?:target|goal)|off target|off goal)\b/;

/** Destinations. */
export const EMAIL_ADDRESS = /\b[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}\b/i;
export const EMAIL_WORDS = /\b(?:e ?mail|mail|inbox)\b/;
export const SLACK_WORDS = /\b(?:slack|this channel|the channel|here in|post (?:it |this )?here|in here)\b/;
export const WEBHOOK_URL = /\bhttps?:\/\/[^\s]+/i;

/** A clock time: "at 9", "at 9am", "at 9:30", "at 17:00", "9 am". */
export const CLOCK = /\b(?:at\s+)?(\d{1,2})(?::(\d{2}))?\s*(am|pm|a m|p m)?\b/;
/** Parts of the day for a time when no clock time is given. */
export const DAY_PARTS: readonly { re: RegExp; hour: number }[] = [
  { re: /\bmorning\b/, hour: 9 },
  { re: /\b(?:noon|midday|lunch ?time)\b/, hour: 12 },
  { re: /\bafternoon\b/, hour: 14 },
  { re: /\b(?:evening|end of (?:the )?day|eod)\b/, hour: 18 },
  { re: /\bnight\b/, hour: 20 },
];

/**
 * Example requests and what each must become; automation-intent.test.ts checks every row.
 * `cron`/`what`/`destination` for schedules, `metric`/`condition`/`scope` for alerts.
 */
export const AUTOMATION_PHRASINGS: ReadonlyArray<readonly [string, Record<string, unknown>]> = [
  ["send me this every Monday at 9", { kind: "schedule", cron: "0 9 * * 1", what: "this" }],
  ["send this to me every monday at 9am", { kind: "schedule", cron: "0 9 * * 1", what: "this" }],
  ["email me this every day at 8:30", { kind: "schedule", cron: "30 8 * * *", what: "this" }],
  ["can you send me that every friday afternoon", { kind: "schedule", cron: "0 14 * * 5", what: "this" }],
  ["email me a weekly report every Monday", { kind: "schedule", cron: "0 9 * * 1", what: "brief" }],
  ["email me a weekly report", { kind: "schedule", cron: "0 9 * * 1", what: "brief" }],
  [
    "post the weekly brief to Slack every Monday morning",
    { kind: "schedule", cron: "0 9 * * 1", what: "brief" },
  ],
  ["send the team a monthly summary", { kind: "schedule", cron: "0 9 1 * *", what: "brief" }],
  ["schedule a weekly brief for mondays at 8", { kind: "schedule", cron: "0 8 * * 1", what: "brief" }],
  ["set up a weekly report every tuesday at 10:15", { kind: "schedule", cron: "15 10 * * 2", what: "brief" }],
  ["subscribe me to the weekly digest", { kind: "schedule", cron: "0 9 * * 1", what: "brief" }],
  [
    "I'd like a recap in my inbox every monday at 7 am",
    { kind: "schedule", cron: "0 7 * * 1", what: "brief" },
  ],
  [
    "deliver the monthly report on the first of every month at 9",
    { kind: "schedule", cron: "0 9 1 * *", what: "brief" },
  ],
  // fix5d: a Slack channel named in the request is where it goes, wherever it is asked from.
  [
    "post the monthly report on the 1st in #growth-team",
    {
      kind: "schedule",
      cron: "0 9 1 * *",
      what: "brief",
      destination: { type: "slack", channel: "#growth-team" },
    },
  ],
  [
    "every friday at 4pm send the weekly summary to the slack channel called perf",
    { kind: "schedule", cron: "0 16 * * 5", what: "brief", destination: { type: "slack", channel: "#perf" } },
  ],
  [
    "alert me if CPA goes above $50",
    { kind: "alert", metric: "cpa", condition: { kind: "threshold", op: "above", value: 50 } },
  ],
  [
    "notify me when cpa is over 50 dollars",
    { kind: "alert", metric: "cpa", condition: { kind: "threshold", op: "above", value: 50 } },
  ],
  [
    "let me know when ROAS drops below 2 on paid social",
    {
      kind: "alert",
      metric: "roas",
      condition: { kind: "threshold", op: "below", value: 2 },
      scope: { dimension: "channel", member: "paid_social" },
    },
  ],
  [
    "warn me if spend exceeds $2k in a day",
    { kind: "alert", metric: "spend", condition: { kind: "threshold", op: "above", value: 2000 } },
  ],
  [
    "ping me whenever revenue falls under 1,500",
    { kind: "alert", metric: "revenue", condition: { kind: "threshold", op: "below", value: 1500 } },
  ],
  [
    "notify me if spend spikes",
    { kind: "alert", metric: "spend", condition: { kind: "anomaly", sensitivity: 4 } },
  ],
  [
    "tell me if anything unusual happens with revenue",
    { kind: "alert", metric: "revenue", condition: { kind: "anomaly", sensitivity: 4 } },
  ],
  [
    "alert me when orders suddenly drop",
    { kind: "alert", metric: "orders", condition: { kind: "anomaly", sensitivity: 4 } },
  ],
  ["alert me if CPA misses our target", { kind: "alert", metric: "cpa", condition: { kind: "target" } }],
  [
    "let me know when ROAS is off target on paid search",
    {
      kind: "alert",
      metric: "roas",
      condition: { kind: "target" },
      scope: { dimension: "channel", member: "paid_search" },
    },
  ],
  [
    "create an alert for CAC above 80",
    { kind: "alert", metric: "cac", condition: { kind: "threshold", op: "above", value: 80 } },
  ],
  [
    "set up an alert when conversion rate goes below 2%",
    { kind: "alert", metric: "conversion_rate", condition: { kind: "threshold", op: "below", value: 0.02 } },
  ],
];
