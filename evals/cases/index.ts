/** Every hand-written case, grouped into the dataset files the build writes. */
import type { SourceCase } from "../types.ts";
import { ADVICE_CASES } from "./advice.ts";
import { ANOMALY_CASES, ATTRIBUTION_CASES, BUDGET_CASES, COMPARISONS, WHY } from "./analysis.ts";
import { COHORT_CASES } from "./cohorts.ts";
import {
  ADVERSARIAL,
  CATALOG,
  CLARIFICATIONS,
  DEFINITIONS,
  FOLLOW_UPS,
  OUT_OF_SCOPE,
} from "./conversation.ts";
import { CYCLIC_CASES } from "./cyclic.ts";
import { BREAKDOWNS, FILTER_CASES, LOOKUPS, TIME_CASES, TOP_N, TRENDS } from "./data.ts";
import { FIX5D_ANALYSIS_CASES, FIX5D_DATA_CASES } from "./fix5d.ts";
import { FIX6A_CASES } from "./fix6a.ts";
import { FIX6C_ANALYSIS_CASES, FIX6C_DATA_CASES } from "./fix6c.ts";
import { FIX6D_ANALYSIS_CASES } from "./fix6d.ts";
import { FIX7A_CASES } from "./fix7a.ts";
import { FIX7B_CASES } from "./fix7b.ts";
import { FIX7C_CASES } from "./fix7c.ts";
import { FIX7D_CASES } from "./fix7d.ts";
import { FIX7E_CASES } from "./fix7e.ts";
import { FIX7S_ANALYSIS_CASES, FIX7S_DATA_CASES } from "./fix7s.ts";
import { FIX8A_CASES } from "./fix8a.ts";
import { FIX8B_CASES } from "./fix8b.ts";
import { FIX8C_CASES } from "./fix8c.ts";
import { FIX8D_CASES } from "./fix8d.ts";
import { FIX8E_CASES } from "./fix8e.ts";
import { FIX8F_CASES } from "./fix8f.ts";
import { FIX9A_CASES } from "./fix9a.ts";
import { FIX9B_CASES } from "./fix9b.ts";
import { FIX9C_CASES } from "./fix9c.ts";
import { FIX9D_CASES } from "./fix9d.ts";
import { FIX9E_CASES } from "./fix9e.ts";
import { FIX10A_CASES } from "./fix10a.ts";
import { FIX10B_CASES } from "./fix10b.ts";
import { FIX10C_CASES } from "./fix10c.ts";
import { FIX10E_CASES } from "./fix10e.ts";
import { FIX11A_CASES } from "./fix11a.ts";
import { FIX11B_CASES } from "./fix11b.ts";
import { FIX11C_CASES } from "./fix11c.ts";
import { FIX12A_CASES } from "./fix12a.ts";
import { FIX12B_CASES } from "./fix12b.ts";
import { FIX12C_CASES } from "./fix12c.ts";
import { FIX12D_CASES } from "./fix12d.ts";
import { FIX12E_CASES } from "./fix12e.ts";
import { FIX13B_CASES } from "./fix13b.ts";
import { FIX13C_CASES } from "./fix13c.ts";
import { FIX13D_CASES } from "./fix13d.ts";
import { FIX13E_CASES } from "./fix13e.ts";
import { FIX13F_CASES } from "./fix13f.ts";
import { FIX14A_CASES } from "./fix14a.ts";
import { FIX14B_CASES } from "./fix14b.ts";
import { FIX14C_CASES } from "./fix14c.ts";
import { FIX14D_CASES } from "./fix14d.ts";
import { FIX14E_CASES } from "./fix14e.ts";
import { FIX14F_CASES } from "./fix14f.ts";
import { FIX15A_CASES } from "./fix15a.ts";
import { FIX15B_CASES } from "./fix15b.ts";
import { FIX15C_CASES } from "./fix15c.ts";
import { FIX15D_CASES } from "./fix15d.ts";
import { FIX15E_CASES } from "./fix15e.ts";
import { FIX15F_CASES } from "./fix15f.ts";
import { FIX16A_CASES } from "./fix16a.ts";
import { FIX16B_CASES } from "./fix16b.ts";
import { FIX16C_CASES } from "./fix16c.ts";
import { FIX16D_CASES } from "./fix16d.ts";
import { FIX16E_CASES } from "./fix16e.ts";
import { FIX16F_CASES } from "./fix16f.ts";
import { FIX17A_CASES } from "./fix17a.ts";
import { FIX17B_CASES } from "./fix17b.ts";
import { FIX17C_CASES } from "./fix17c.ts";
import { FIX17D_CASES } from "./fix17d.ts";
import { FIX17E_CASES } from "./fix17e.ts";
import { FIX17F_CASES } from "./fix17f.ts";
import { FIX18A_CASES } from "./fix18a.ts";
import { FIX18B_CASES } from "./fix18b.ts";
import { FIX18C_CASES } from "./fix18c.ts";
import { FIX18D_CASES } from "./fix18d.ts";
import { FIX18E_CASES } from "./fix18e.ts";
import { FIX18F_CASES } from "./fix18f.ts";
import { FIX19A_CASES } from "./fix19a.ts";
import { FIX19B_CASES } from "./fix19b.ts";
import { FIX19C_CASES } from "./fix19c.ts";
import { FIX19D_CASES } from "./fix19d.ts";
import { FIX19E_CASES } from "./fix19e.ts";
import { FIX19F_CASES } from "./fix19f.ts";
import { FIX20A_CASES } from "./fix20a.ts";
import { FIX20B_CASES } from "./fix20b.ts";
import { FIX20C_CASES } from "./fix20c.ts";
import { FIX20D_CASES } from "./fix20d.ts";
import { FIX20E_CASES } from "./fix20e.ts";
import { FIX20F_CASES } from "./fix20f.ts";
import { FIX21A_CASES } from "./fix21a.ts";
import { FIX21B_CASES } from "./fix21b.ts";
import { FIX21C_CASES } from "./fix21c.ts";
import { FIX21D_CASES } from "./fix21d.ts";
import { FIX21E_CASES } from "./fix21e.ts";
import { FIX21F_CASES } from "./fix21f.ts";
import { FUNNEL_CASES } from "./funnel.ts";
import { HONEST_ROAS_CASES, SOURCE_MEDIUM_CASES } from "./honest-roas.ts";
import { HONESTY_CASES } from "./honesty.ts";
import { JOURNEY_CASES } from "./journeys.ts";
import { LEAD11_CASES } from "./lead11.ts";
import { LEAD13_CASES } from "./lead13.ts";
import { LEAD17_CASES } from "./lead17.ts";
import { LEAD18_CASES } from "./lead18.ts";
import { LEAD19_CASES } from "./lead19.ts";
import { LEAD20_CASES } from "./lead20.ts";
import { LEAD23_CASES } from "./lead23.ts";
import { LEAD24_CASES } from "./lead24.ts";
import { LEAD25_CASES } from "./lead25.ts";
import { LEAD26_CASES } from "./lead26.ts";
import { LEFT16A_CASES } from "./left16a.ts";
import { LEFT16B_CASES } from "./left16b.ts";
import { LEFT16C_CASES } from "./left16c.ts";
import { LEFT16D_CASES } from "./left16d.ts";
import { LEFTA_CASES } from "./leftA.ts";
import { LEFTB_CASES } from "./leftB.ts";
import { LEFTC_CASES } from "./leftc.ts";
import { LEFTD_CASES } from "./leftD.ts";
import { LEFTE_CASES } from "./leftE.ts";
import { OVERVIEW_CASES } from "./overview.ts";
import { PARA15_CASES } from "./para15.ts";
import { PARA16_CASES } from "./para16.ts";
import { PARA17A_CASES } from "./para17a.ts";
import { PARA17B_CASES } from "./para17b.ts";
import { PARA18_CASES } from "./para18.ts";
import { PARA19_CASES } from "./para19.ts";
import { PERIOD_CASES } from "./periods.ts";
import { REGRESS15_CASES } from "./regress15.ts";
import { THREAD10_CASES } from "./threads10.ts";
import { CHANNEL_GROUP_CASES, UNDERSTAND3_CASES } from "./understand3.ts";
import { THREAD_CASES, WINDOW_CASES } from "./windows.ts";

/** Dataset name -> its source cases (written to evals/datasets/<name>.jsonl). */
export const SOURCE_DATASETS: Readonly<Record<string, readonly SourceCase[]>> = {
  data: [
    ...HONEST_ROAS_CASES,
    ...SOURCE_MEDIUM_CASES,
    ...LOOKUPS,
    ...BREAKDOWNS,
    ...FILTER_CASES,
    ...TIME_CASES,
    ...TOP_N,
    ...TRENDS,
    ...PERIOD_CASES,
    ...CHANNEL_GROUP_CASES,
    ...WINDOW_CASES,
    ...CYCLIC_CASES,
    ...FIX5D_DATA_CASES,
    ...LEAD11_CASES,
    ...FIX6C_DATA_CASES,
    ...FIX7S_DATA_CASES,
  ],
  analysis: [
    ...COMPARISONS,
    ...WHY,
    ...ATTRIBUTION_CASES,
    ...BUDGET_CASES,
    ...ANOMALY_CASES,
    ...JOURNEY_CASES,
    ...OVERVIEW_CASES,
    ...ADVICE_CASES,
    ...FUNNEL_CASES,
    ...COHORT_CASES,
    ...UNDERSTAND3_CASES,
    ...FIX5D_ANALYSIS_CASES,
    ...FIX6C_ANALYSIS_CASES,
    ...FIX6A_CASES,
    ...FIX14A_CASES,
    ...FIX14F_CASES,
    ...FIX14C_CASES,
    ...FIX13C_CASES,
    ...FIX13D_CASES,
    ...FIX14D_CASES,
    ...FIX13F_CASES,
    ...LEFT16B_CASES,
    ...PARA15_CASES,
    ...PARA16_CASES,
    ...PARA17B_CASES,
    ...PARA18_CASES,
    ...PARA19_CASES,
    ...PARA17A_CASES,
    ...FIX8F_CASES,
    ...LEFTC_CASES,
    ...FIX9B_CASES,
    ...LEFTA_CASES,
    ...FIX9E_CASES,
    ...REGRESS15_CASES,
    ...FIX10B_CASES,
    ...FIX11B_CASES,
    ...FIX12A_CASES,
    ...FIX7D_CASES,
    ...FIX7E_CASES,
    ...FIX7B_CASES,
    ...FIX6D_ANALYSIS_CASES,
    ...FIX7S_ANALYSIS_CASES,
    ...FIX8C_CASES,
    ...FIX7A_CASES,
    ...FIX7C_CASES,
    ...LEAD13_CASES,
    ...FIX9D_CASES,
    ...FIX10E_CASES,
    ...FIX8A_CASES,
    ...FIX9A_CASES,
    ...FIX10A_CASES,
    ...FIX11A_CASES,
    ...FIX8E_CASES,
    ...FIX8B_CASES,
    ...FIX8D_CASES,
    ...FIX9C_CASES,
    ...FIX10C_CASES,
    ...LEFTB_CASES,
    ...LEFTE_CASES,
    ...FIX11C_CASES,
    ...LEAD17_CASES,
    ...LEAD18_CASES,
    ...LEAD19_CASES,
    ...FIX15C_CASES,
    ...FIX15A_CASES,
    ...FIX15B_CASES,
    ...FIX15F_CASES,
    ...FIX15D_CASES,
    ...FIX15E_CASES,
    ...LEAD20_CASES,
    ...FIX21B_CASES,
    ...FIX21C_CASES,
    ...FIX21A_CASES,
    ...FIX20C_CASES,
    ...FIX20E_CASES,
    ...FIX21E_CASES,
    ...FIX20F_CASES,
    ...FIX20B_CASES,
    ...FIX19B_CASES,
    ...FIX19D_CASES,
    ...FIX19E_CASES,
    ...FIX18B_CASES,
    ...FIX18F_CASES,
    ...FIX19C_CASES,
    ...FIX20D_CASES,
    ...FIX19F_CASES,
    ...FIX20A_CASES,
    ...FIX18E_CASES,
    ...LEAD23_CASES,
    ...LEAD24_CASES,
    ...LEAD25_CASES,
    ...LEAD26_CASES,
    ...FIX21D_CASES,
    ...FIX21F_CASES,
    ...FIX18C_CASES,
    ...FIX17A_CASES,
    ...FIX17C_CASES,
    ...FIX17D_CASES,
    ...FIX17E_CASES,
    ...FIX16A_CASES,
    ...FIX16F_CASES,
    ...FIX17B_CASES,
    ...FIX18A_CASES,
    ...FIX17F_CASES,
    ...FIX16C_CASES,
    ...FIX16E_CASES,
    ...FIX16B_CASES,
    ...FIX16D_CASES,
    ...FIX12E_CASES,
    ...FIX13E_CASES,
    ...FIX14E_CASES,
    ...FIX13B_CASES,
    ...FIX14B_CASES,
    ...FIX12D_CASES,
    ...FIX12B_CASES,
    ...FIX12C_CASES,
    ...LEFTD_CASES,
    ...LEFT16A_CASES,
    ...LEFT16C_CASES,
    ...LEFT16D_CASES,
    ...FIX18D_CASES,
    ...FIX19A_CASES,
  ],
  conversation: [
    ...DEFINITIONS,
    ...CATALOG,
    ...FOLLOW_UPS,
    ...THREAD10_CASES,
    ...CLARIFICATIONS,
    ...OUT_OF_SCOPE,
    ...ADVERSARIAL,
    ...HONESTY_CASES,
    ...THREAD_CASES,
  ],
};
