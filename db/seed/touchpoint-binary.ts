/**
 * Encodes simulated touchpoints as binary COPY tuples (db/seed/binary-copy.ts) for
 * JOURNEY_COLUMNS.touchpoints: organization_id, id, customer_id, ts, then the touch's label
 * (channel, platform, campaign_id, source, medium). A label arrives as the generator's CSV
 * fragment `channel,platform,campaign_id,source,medium`; the handful of distinct fragments are
 * encoded once and copied, which is what makes binary encoding cheaper than CSV formatting.
 */
import { type BinaryCopyWriter, encodeFields } from "./binary-copy.ts";

const FIELDS = 9;

export class TouchpointBinaryEncoder {
  private readonly labels = new Map<string, Uint8Array>();
  private readonly org: Uint8Array;

  constructor(organizationId: number) {
    this.org = encodeFields([{ int4: organizationId }]);
  }

  /** Append one touchpoint tuple to `w`. */
  write(w: BinaryCopyWriter, id: number, customerId: number, epochMs: number, fragment: string): void {
    w.row(FIELDS).raw(this.org).int8(id).int8(customerId).timestamptz(epochMs).raw(this.label(fragment));
  }

  private label(fragment: string): Uint8Array {
    let bytes = this.labels.get(fragment);
    if (!bytes) {
      bytes = encodeFields(labelFields(fragment));
      this.labels.set(fragment, bytes);
    }
    return bytes;
  }
}

/** `channel,platform,campaign_id,source,medium` (empty platform or campaign = NULL) as fields. */
function labelFields(fragment: string) {
  const parts = fragment.split(",");
  if (parts.length !== 5) throw new Error(`touch label '${fragment}' does not have 5 fields`);
  const [channel, platform, campaign, source, medium] = parts as [string, string, string, string, string];
  return [
    { text: channel },
    platform === "" ? null : { text: platform },
    campaign === "" ? null : { int4: Number(campaign) },
    { text: source },
    { text: medium },
  ];
}
