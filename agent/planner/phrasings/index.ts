/**
 * The phrasing table: marketer questions -> the tool the planner should call and its key
 * arguments, grouped by intent. now = 2026-11-01T12:00:00Z (a Sunday, 07:00 in New York).
 * Used by phrasings.test.ts and calls-parse.test.ts (and usable by evals).
 */
export type PhrasingRow = [question: string, tool: string, args: Record<string, unknown>];

import { ADVICE } from "./advice.ts";
import { COHORTS } from "./cohorts.ts";
import { CYCLIC } from "./cyclic.ts";
import { FILTERS, QUERY, RANK_TREND } from "./data.ts";
import { FIX4A } from "./fix4a.ts";
import { FIX4C } from "./fix4c.ts";
import { FIX5A } from "./fix5a.ts";
import { FIX5B } from "./fix5b.ts";
import { FIX5C } from "./fix5c.ts";
import { FIX5D } from "./fix5d.ts";
import { FIX6A } from "./fix6a.ts";
import { FIX6B } from "./fix6b.ts";
import { FIX6C } from "./fix6c.ts";
import { FIX6D } from "./fix6d.ts";
import { FIX7A } from "./fix7a.ts";
import { FIX7B } from "./fix7b.ts";
import { FIX7C } from "./fix7c.ts";
import { FIX7D } from "./fix7d.ts";
import { FIX7E } from "./fix7e.ts";
import { FIX7S } from "./fix7s.ts";
import { FIX8A } from "./fix8a.ts";
import { FIX8B } from "./fix8b.ts";
import { FIX8C } from "./fix8c.ts";
import { FIX8D } from "./fix8d.ts";
import { FIX8E } from "./fix8e.ts";
import { FIX8F } from "./fix8f.ts";
import { FIX9A } from "./fix9a.ts";
import { FIX9B } from "./fix9b.ts";
import { FIX9C } from "./fix9c.ts";
import { FIX9D } from "./fix9d.ts";
import { FIX9E } from "./fix9e.ts";
import { FIX10A } from "./fix10a.ts";
import { FIX10B } from "./fix10b.ts";
import { FIX10C } from "./fix10c.ts";
import { FIX10E } from "./fix10e.ts";
import { FIX11B } from "./fix11b.ts";
import { FIX11C } from "./fix11c.ts";
import { FIX12A } from "./fix12a.ts";
import { FIX12B } from "./fix12b.ts";
import { FIX12C } from "./fix12c.ts";
import { FIX12D } from "./fix12d.ts";
import { FIX12E } from "./fix12e.ts";
import { FIX13A } from "./fix13a.ts";
import { FIX13B } from "./fix13b.ts";
import { FIX13C } from "./fix13c.ts";
import { FIX13D } from "./fix13d.ts";
import { FIX13E } from "./fix13e.ts";
import { FIX13F } from "./fix13f.ts";
import { FIX14A } from "./fix14a.ts";
import { FIX14B } from "./fix14b.ts";
import { FIX14C } from "./fix14c.ts";
import { FIX14D } from "./fix14d.ts";
import { FIX14E } from "./fix14e.ts";
import { FIX14F } from "./fix14f.ts";
import { FIX15A } from "./fix15a.ts";
import { FIX15B } from "./fix15b.ts";
import { FIX15C } from "./fix15c.ts";
import { FIX15D } from "./fix15d.ts";
import { FIX15E } from "./fix15e.ts";
import { FIX15F } from "./fix15f.ts";
import { FIX16A } from "./fix16a.ts";
import { FIX16B } from "./fix16b.ts";
import { FIX16C } from "./fix16c.ts";
import { FIX16D } from "./fix16d.ts";
import { FIX16E } from "./fix16e.ts";
import { FIX16F } from "./fix16f.ts";
import { FIX17A } from "./fix17a.ts";
import { FIX17B } from "./fix17b.ts";
import { FIX17C } from "./fix17c.ts";
import { FIX17D } from "./fix17d.ts";
import { FIX17E } from "./fix17e.ts";
import { FIX17F } from "./fix17f.ts";
import { FIX18A } from "./fix18a.ts";
import { FIX18B } from "./fix18b.ts";
import { FIX18C } from "./fix18c.ts";
import { FIX18D } from "./fix18d.ts";
import { FIX18E } from "./fix18e.ts";
import { FIX18F } from "./fix18f.ts";
import { FIX19A } from "./fix19a.ts";
import { FIX19B } from "./fix19b.ts";
import { FIX19C } from "./fix19c.ts";
import { FIX19D } from "./fix19d.ts";
import { FIX19E } from "./fix19e.ts";
import { FIX19F } from "./fix19f.ts";
import { FIX20A } from "./fix20a.ts";
import { FIX20B } from "./fix20b.ts";
import { FIX20C } from "./fix20c.ts";
import { FIX20D } from "./fix20d.ts";
import { FIX20E } from "./fix20e.ts";
import { FIX20F } from "./fix20f.ts";
import { FIX21A } from "./fix21a.ts";
import { FIX21B } from "./fix21b.ts";
import { FIX21C } from "./fix21c.ts";
import { FIX21D } from "./fix21d.ts";
import { FIX21E } from "./fix21e.ts";
import { FIX21F } from "./fix21f.ts";
import { FUNNEL, HONEST_ROAS } from "./funnel.ts";
import { HONESTY } from "./honesty.ts";
import { ANOMALIES, ATTRIBUTION, BUDGET, COMPARE, DEFINE, EXPLAIN, TYPOS_AND_CATALOG } from "./intents.ts";
import { JOURNEYS } from "./journeys.ts";
import { LEAD11 } from "./lead11.ts";
import { LEAD12 } from "./lead12.ts";
import { LEAD13 } from "./lead13.ts";
import { LEAD17 } from "./lead17.ts";
import { LEAD18 } from "./lead18.ts";
import { LEAD19 } from "./lead19.ts";
import { LEAD20 } from "./lead20.ts";
import { LEAD21 } from "./lead21.ts";
import { LEAD23 } from "./lead23.ts";
import { LEAD24 } from "./lead24.ts";
import { LEAD25 } from "./lead25.ts";
import { LEAD26 } from "./lead26.ts";
import { LEFT16A } from "./left16a.ts";
import { LEFT16B } from "./left16b.ts";
import { LEFT16C } from "./left16c.ts";
import { LEFT16D } from "./left16d.ts";
import { LEFTA } from "./leftA.ts";
import { LEFTB } from "./leftB.ts";
import { LEFTC } from "./leftc.ts";
import { LEFTD } from "./leftD.ts";
import { LEFTE } from "./leftE.ts";
import { MANAGE_LIST } from "./manage.ts";
import { OVERVIEW } from "./overview.ts";
import { PARA15 } from "./para15.ts";
import { PARA16 } from "./para16.ts";
import { PARA16_ASKS } from "./para16-asks.ts";
import { PARA17A } from "./para17a.ts";
import { PARA17A_ASKS } from "./para17a-asks.ts";
import { PARA17A_FLOWS } from "./para17a-flows.ts";
import { PARA17B } from "./para17b.ts";
import { PARA18 } from "./para18.ts";
import { PARA19 } from "./para19.ts";
import { PARA20 } from "./para20.ts";
import { PARA21 } from "./para21.ts";
import { PARA22 } from "./para22.ts";
import { PARA23 } from "./para23.ts";
import { PARA24 } from "./para24.ts";
import { PARA25 } from "./para25.ts";
import { PARA26 } from "./para26.ts";
import { PERIODS } from "./periods.ts";
import { PROBE } from "./probe.ts";
import { PROFIT } from "./profit.ts";
import { REGRESS15 } from "./regress15.ts";
import { SCOPE3 } from "./scope3.ts";
import { SHORTHAND } from "./shorthand.ts";
import { THREAD } from "./thread.ts";
import { UNDERSTAND } from "./understand.ts";
import { UNDERSTAND3 } from "./understand3.ts";
import { UNDERSTAND4 } from "./understand4.ts";
import { WINDOWS } from "./windows.ts";

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
  ...FIX14A,
  ...FIX14B,
  ...FIX14F,
  ...FIX14C,
  ...FIX13C,
  ...LEAD17,
  ...LEAD18,
  ...LEAD19,
  ...FIX15C,
  ...FIX15A,
  ...FIX15B,
  ...FIX15F,
  ...FIX15D,
  ...FIX15E,
  ...LEAD20,
  ...FIX21C,
  ...FIX20C,
  ...FIX20F,
  ...FIX19B,
  ...FIX19D,
  ...FIX19E,
  ...FIX18B,
  ...FIX18F,
  ...FIX19F,
  ...FIX18E,
  ...FIX18C,
  ...FIX17C,
  ...FIX17D,
  ...FIX17E,
  ...LEAD21,
  ...FIX17A,
  ...FIX16A,
  ...FIX16F,
  ...FIX17F,
  ...FIX16C,
  ...FIX16B,
  ...FIX16D,
  ...FIX12E,
  ...FIX13A,
  ...FIX13E,
  ...FIX13B,
  ...FIX12D,
  ...FIX12B,
  ...FIX12C,
  ...FIX5C,
  ...FIX5D,
  ...FIX6B,
  ...FIX6C,
  ...FIX6A,
  ...LEFT16B,
  ...FIX11B,
  ...FIX12A,
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
  ...PARA17B,
  ...PARA18,
  ...PARA19,
  ...PARA20,
  ...PARA21,
  ...PARA22,
  ...PARA23,
  ...PARA24,
  ...PARA25,
  ...PARA26,
  ...PARA17A,
  ...PARA17A_ASKS,
  ...PARA17A_FLOWS,
  ...LEFTE,
  ...LEFT16A,
  ...FIX10B,
  ...LEFT16C,
  ...LEFT16D,
  ...FIX13D,
  ...FIX13F,
  ...FIX14E,
  ...FIX14D,
  ...FIX16E,
  ...FIX17B,
  ...LEAD23,
  ...LEAD24,
  ...LEAD25,
  ...LEAD26,
  ...FIX21F,
  ...FIX18A,
  ...FIX18D,
  ...FIX19A,
  ...FIX19C,
  ...FIX20D,
  ...FIX20E,
  ...FIX21E,
  ...FIX21B,
  ...FIX20A,
  ...FIX20B,
  ...FIX21D,
  ...FIX21A,
];
