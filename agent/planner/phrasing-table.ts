/**
 * The phrasing table: marketer questions -> the tool the planner should call and its key
 * arguments, grouped by intent. now = 2026-11-01T12:00:00Z (a Sunday, 07:00 in New York).
 * Used by phrasings.test.ts and calls-parse.test.ts (and usable by evals).
 */
export type PhrasingRow = [question: string, tool: string, args: Record<string, unknown>];

import { ADVICE } from "./phrasing-table-advice.ts";
import { COHORTS } from "./phrasing-table-cohorts.ts";
import { CYCLIC } from "./phrasing-table-cyclic.ts";
import { FILTERS, QUERY, RANK_TREND } from "./phrasing-table-data.ts";
import { FIX4A } from "./phrasing-table-fix4a.ts";
import { FIX4C } from "./phrasing-table-fix4c.ts";
import { FIX5A } from "./phrasing-table-fix5a.ts";
import { FIX5B } from "./phrasing-table-fix5b.ts";
import { FIX5C } from "./phrasing-table-fix5c.ts";
import { FIX5D } from "./phrasing-table-fix5d.ts";
import { FIX6A } from "./phrasing-table-fix6a.ts";
import { FIX6B } from "./phrasing-table-fix6b.ts";
import { FIX6C } from "./phrasing-table-fix6c.ts";
import { FIX6D } from "./phrasing-table-fix6d.ts";
import { FIX7A } from "./phrasing-table-fix7a.ts";
import { FIX7B } from "./phrasing-table-fix7b.ts";
import { FIX7C } from "./phrasing-table-fix7c.ts";
import { FIX7D } from "./phrasing-table-fix7d.ts";
import { FIX7E } from "./phrasing-table-fix7e.ts";
import { FIX7S } from "./phrasing-table-fix7s.ts";
import { FIX8A } from "./phrasing-table-fix8a.ts";
import { FIX8B } from "./phrasing-table-fix8b.ts";
import { FIX8C } from "./phrasing-table-fix8c.ts";
import { FIX8D } from "./phrasing-table-fix8d.ts";
import { FIX8E } from "./phrasing-table-fix8e.ts";
import { FIX8F } from "./phrasing-table-fix8f.ts";
import { FIX9A } from "./phrasing-table-fix9a.ts";
import { FIX9B } from "./phrasing-table-fix9b.ts";
import { FIX9C } from "./phrasing-table-fix9c.ts";
import { FIX9D } from "./phrasing-table-fix9d.ts";
import { FIX9E } from "./phrasing-table-fix9e.ts";
import { FIX10A } from "./phrasing-table-fix10a.ts";
import { FIX10B } from "./phrasing-table-fix10b.ts";
import { FIX10C } from "./phrasing-table-fix10c.ts";
import { FIX10E } from "./phrasing-table-fix10e.ts";
import { FIX11B } from "./phrasing-table-fix11b.ts";
import { FIX11C } from "./phrasing-table-fix11c.ts";
import { FUNNEL, HONEST_ROAS } from "./phrasing-table-funnel.ts";
import { HONESTY } from "./phrasing-table-honesty.ts";
import {
  ANOMALIES,
  ATTRIBUTION,
  BUDGET,
  COMPARE,
  DEFINE,
  EXPLAIN,
  TYPOS_AND_CATALOG,
} from "./phrasing-table-intents.ts";
import { JOURNEYS } from "./phrasing-table-journeys.ts";
import { LEAD11 } from "./phrasing-table-lead11.ts";
import { LEAD12 } from "./phrasing-table-lead12.ts";
import { LEAD13 } from "./phrasing-table-lead13.ts";
import { LEFT16A } from "./phrasing-table-left16a.ts";
import { LEFT16B } from "./phrasing-table-left16b.ts";
import { LEFT16C } from "./phrasing-table-left16c.ts";
import { LEFT16D } from "./phrasing-table-left16d.ts";
import { LEFTA } from "./phrasing-table-leftA.ts";
import { LEFTB } from "./phrasing-table-leftB.ts";
import { LEFTC } from "./phrasing-table-leftc.ts";
import { LEFTD } from "./phrasing-table-leftD.ts";
import { LEFTE } from "./phrasing-table-leftE.ts";
import { MANAGE_LIST } from "./phrasing-table-manage.ts";
import { OVERVIEW } from "./phrasing-table-overview.ts";
import { PARA15 } from "./phrasing-table-para15.ts";
import { PARA16 } from "./phrasing-table-para16.ts";
import { PARA16_ASKS } from "./phrasing-table-para16-asks.ts";
import { PERIODS } from "./phrasing-table-periods.ts";
import { PROBE } from "./phrasing-table-probe.ts";
import { PROFIT } from "./phrasing-table-profit.ts";
import { REGRESS15 } from "./phrasing-table-regress15.ts";
import { SCOPE3 } from "./phrasing-table-scope3.ts";
import { SHORTHAND } from "./phrasing-table-shorthand.ts";
import { THREAD } from "./phrasing-table-thread.ts";
import { UNDERSTAND } from "./phrasing-table-understand.ts";
import { UNDERSTAND3 } from "./phrasing-table-understand3.ts";
import { UNDERSTAND4 } from "./phrasing-table-understand4.ts";
import { WINDOWS } from "./phrasing-table-windows.ts";

/** Every row, all intents. */
export const PHRASING_ROWS: PhrasingRow[] = [
  ...QUERY,
  ...FIX4A,
  ...FILTERS,
  ...RANK_TREND,
  ...COMPARE,
  ...EXPLAIN,
  ...ATTRIBUTION,
  ...BUDGET,
  ...ANOMALIES,
  ...JOURNEYS,
  ...HONESTY,
  ...OVERVIEW,
  ...ADVICE,
  ...PROFIT,
  ...FUNNEL,
  ...HONEST_ROAS,
  ...COHORTS,
  ...DEFINE,
  ...TYPOS_AND_CATALOG,
  ...SHORTHAND,
  ...PERIODS,
  ...PROBE,
  ...UNDERSTAND,
  ...UNDERSTAND3,
  ...CYCLIC,
  ...UNDERSTAND4,
  ...THREAD,
  ...WINDOWS,
  ...SCOPE3,
  ...MANAGE_LIST,
  ...FIX4C,
  ...FIX5A,
  ...FIX5B,
  ...LEAD11,
  ...LEAD12,
  ...LEAD13,
  ...FIX9D,
  ...FIX10E,
  ...FIX11C,
  ...FIX5C,
  ...FIX5D,
  ...FIX6B,
  ...FIX6C,
  ...FIX6A,
  ...LEFT16B,
  ...FIX11B,
  ...FIX7E,
  ...FIX8E,
  ...FIX7B,
  ...FIX6D,
  ...FIX7S,
  ...FIX8C,
  ...FIX8F,
  ...FIX9C,
  ...FIX10C,
  ...FIX9B,
  ...FIX9E,
  ...FIX7D,
  ...FIX7A,
  ...FIX7C,
  ...FIX8A,
  ...FIX8B,
  ...FIX8D,
  ...LEFTC,
  ...FIX9A,
  ...FIX10A,
  ...LEFTB,
  ...LEFTD,
  ...LEFTA,
  ...REGRESS15,
  ...PARA15,
  ...PARA16,
  ...PARA16_ASKS,
  ...LEFTE,
  ...LEFT16A,
  ...FIX10B,
  ...LEFT16C,
  ...LEFT16D,
];
