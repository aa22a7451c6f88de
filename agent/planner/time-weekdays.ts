/**
 * Weekday periods: "last Tuesday", "on Monday", "this Friday", "Tuesday last week". A weekday is one
 * day, resolved against the org-local today. "last/previous/past <day>" is the latest such day
 * before today; "on/this <day>" or a bare day name is the latest one on or before today, so a
 * question asked on a Tuesday about "Tuesday" means today. Plural days ("on Mondays") name a
 * weekday pattern, not a date, and are left alone.
 */
import { addDays, startOfWeek } from "../../semantic/query/dates.ts";
import type { TimeRule } from "./time-phrases.ts";

/** Weekday names, Monday first (ISO weekday order, as `startOfWeek` counts). */
export const WEEKDAYS = [
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
  "sunday",
] as const;

// "Black Friday", "Cyber Monday", "Good Friday" are holidays (time-holidays.ts), not weekdays.
const DAY = `(?<!(?:black|cyber|good|giving|super|small business|travel|green) )(${WEEKDAYS.join("|")})(?!s)(?! (?:brief|briefing|report|summary|recap|update|meeting|standup|email|digest)s?\\b)`;

const weekdayIndex = (name: string) => WEEKDAYS.indexOf(name as (typeof WEEKDAYS)[number]);

/** Monday = 0 ... Sunday = 6. */
const dowOf = (d: string) => weekdayIndex(WEEKDAYS[(new Date(`${d}T00:00:00Z`).getUTCDay() + 6) % 7]!);

/** The latest `name` day on or before `today` (strictly before when `strict`). */
function latest(name: string, today: string, strict: boolean): string {
  let back = (dowOf(today) - weekdayIndex(name) + 7) % 7;
  if (back === 0 && strict) back = 7;
  return addDays(today, -back);
}

const day = (d: string) => ({ from: d, to: d, unit: "day" as const, label: "" });

/** Weekday rules, tried before the general unit rules (so "last week Tuesday" is not "last week"). */
export const WEEKDAY_RULES: readonly TimeRule[] = [
  {
    // "Tuesday last week", "last week's Tuesday", "last week on Tuesday": that week's day.
    re: new RegExp(
      `\\b(?:on )?${DAY} (?:of )?(?:the )?(?:last|previous|prior) week\\b|\\b(?:the )?(?:last|previous|prior) week (?:on )?${DAY}\\b`,
    ),
    resolve: (m, t) => day(addDays(startOfWeek(t), -7 + weekdayIndex((m[1] ?? m[2])!))),
  },
  {
    re: new RegExp(`\\b(?:(last|previous|past|prior|this|on|on this|on last) )?${DAY}\\b`),
    resolve: (m, t) => day(latest(m[2]!, t, m[1] !== undefined && /last|previous|past|prior/.test(m[1]))),
  },
];
