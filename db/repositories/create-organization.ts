/**
 * Creating an organization (operators only: `npm run orgs`, POST /api/v1/orgs): the row, its
 * default channels (the same keys the demo organizations use, so the catalog's channel dimension
 * and every import of the export format work at once) and its first admin key, returned once.
 */
import { z } from "zod";
import { AppError } from "../../lib/errors.ts";
import { safeText, TEXT_LIMITS } from "../../lib/safe-text.ts";
import type { Queryable } from "../database.ts";
import { CHANNEL_KEYS, CHANNEL_LABELS, PAID_CHANNELS } from "../simulator/spec-types.ts";
import { type CreatedKey, createApiKey } from "./api-keys.ts";
import { recordAudit } from "./audit-log.ts";
import { findOrganizationBySlug, type OrganizationRow } from "./organizations.ts";

function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

/** What a new organization needs; every field is checked and named when wrong. */
export const newOrganizationSchema = z
  .object({
    slug: z
      .string({ error: "expected a slug of a-z, 0-9 and -, e.g. acme-eu" })
      .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, "expected a slug of a-z, 0-9 and - (at most 64), e.g. acme-eu"),
    name: safeText({ max: TEXT_LIMITS.label, min: 1, trim: true }).describe(
      "Display name, e.g. Acme Outdoor EU.",
    ),
    timeZone: z
      .string({ error: "expected an IANA time zone, e.g. Europe/Berlin" })
      .refine(isTimeZone, "expected an IANA time zone, e.g. Europe/Berlin"),
    currency: z
      .string({ error: "expected a 3-letter currency code, e.g. EUR" })
      .regex(/^[A-Z]{3}$/, "expected a 3-letter currency code, e.g. EUR"),
    industry: safeText({ max: 100, min: 1, trim: true }).describe("e.g. ecommerce, saas, retail."),
  })
  .strict();
export type NewOrganization = z.infer<typeof newOrganizationSchema>;

export interface CreatedOrganization {
  organization: OrganizationRow;
  /** The first admin key: shown once, only its hash is stored. */
  adminKey: CreatedKey;
  channels: number;
}

/**
 * Insert the organization, its default channels and its first admin key in one transaction.
 * Throws input.invalid (path slug) when the slug is taken.
 */
export async function createOrganization(
  tx: Queryable,
  input: NewOrganization,
  actor: string,
): Promise<CreatedOrganization> {
  if (await findOrganizationBySlug(tx, input.slug)) {
    throw new AppError("input.invalid", `slug: an organization '${input.slug}' already exists`, {
      details: { path: "slug" },
    });
  }
  const [row] = await tx.query<{ id: number }>(
    `INSERT INTO organizations (slug, name, time_zone, currency, industry) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (slug) DO NOTHING RETURNING id`,
    [input.slug, input.name, input.timeZone, input.currency, input.industry],
  );
  if (!row) {
    throw new AppError("input.invalid", `slug: an organization '${input.slug}' already exists`, {
      details: { path: "slug" },
    });
  }
  const paid = new Set<string>(PAID_CHANNELS);
  for (const key of CHANNEL_KEYS) {
    await tx.query("INSERT INTO channels (organization_id, key, label, is_paid) VALUES ($1, $2, $3, $4)", [
      row.id,
      key,
      CHANNEL_LABELS[key],
      paid.has(key),
    ]);
  }
  const adminKey = await createApiKey(tx, { organizationId: row.id, role: "admin", name: "first admin key" });
  await recordAudit(tx, {
    organizationId: row.id,
    actor,
    action: "organization.create",
    target: input.slug,
    details: { adminKeyPrefix: adminKey.prefix },
  });
  const organization = await findOrganizationBySlug(tx, input.slug);
  return { organization: organization!, adminKey, channels: CHANNEL_KEYS.length };
}
