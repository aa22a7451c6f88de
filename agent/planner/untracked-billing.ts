/**
 * fix13e: invoices, billing and accruals ("media costs accrued but not billed yet", "what did
 * google invoice us for october", "unpaid ad bills"). The data holds what each ad platform reports
 * as spent per day, not what was billed, invoiced, paid or accrued; a bare spend total read as
 * "the accrued, unbilled amount" answered a different question. The answer says first that
 * billing is not in the data, then gives spend by platform, labelled as booked from daily spend.
 */
import type { UntrackedKind } from "./untracked-data-intent.ts";

/** Billing words as a finance or ops marketer says them. */
const BILLING =
  /\b(?:invoic(?:e|es|ed|ing)|(?:un)?billed|billing|bills?|accru(?:e|ed|es|al|als|ing)|outstanding (?:balances?|costs?|amounts?|spend)|payables?|credit card charges?|(?:been |get |got )?charged (?:by|to)|statements? from (?:google|meta|tiktok|impact|facebook))\b/i;

/** Agency bills are overheads (untracked-cost.ts); an email tool's bill is the email answer's (email-intent.ts). */
const NOT_MEDIA = /\b(?:agency|e ?mails?|newsletters?|esp|klaviyo|mailchimp)\b/i;

export const UNTRACKED_BILLING: UntrackedKind = {
  words: new RegExp(`^(?!.*${NOT_MEDIA.source}).*${BILLING.source}`, "i"),
  note: "Invoices, billing and accruals are not in your data: what each ad platform billed, what is still to be invoiced or paid, and accrued amounts are not recorded, so I can't say what is accrued but unbilled.",
  nearest:
    "The nearest is the spend the platforms reported day by day (booked as it ran, not as billed), by platform; for the accrual, set it against the invoices you have received:",
  offer: "ad spend by platform",
};
