/**
 * The schedule picker's cron: "every day / every Monday at 09:00" as a five-field cron in the
 * organization's time zone (the API parses and checks it; briefs/schedule/cron.ts), and simple
 * crons back into words for the list.
 */
export const WEEKDAYS = [
  "Sunday",
  "Monday",
  "Tuesday",
  "Wednesday",
  "Thursday",
  "Friday",
  "Saturday",
] as const;

export interface Picker {
  every: "day" | "week";
  /** 0 = Sunday … 6 = Saturday (cron's numbering); used when every = "week". */
  weekday: number;
  /** "HH:MM", 24-hour. */
  time: string;
}

/** "09:30" on Mondays -> "30 9 * * 1". */
export function cronFromPicker(p: Picker): string {
  const [h, m] = p.time.split(":").map(Number);
  return `${m ?? 0} ${h ?? 0} * * ${p.every === "day" ? "*" : p.weekday}`;
}

/** "30 9 * * 1" -> "Mondays at 09:30"; any other cron as it is. */
export function describeCron(cron: string): string {
  const m = /^(\d{1,2}) (\d{1,2}) \* \* (\*|[0-6])$/.exec(cron.trim());
  if (!m) return `cron ${cron}`;
  const time = `${m[2]!.padStart(2, "0")}:${m[1]!.padStart(2, "0")}`;
  return m[3] === "*" ? `Every day at ${time}` : `${WEEKDAYS[Number(m[3])]}s at ${time}`;
}
