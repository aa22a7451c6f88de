import { createHash, randomBytes } from "node:crypto";
import type { Queryable } from "../database.ts";

/** `writer`: a tracking write key, accepted by `POST /api/v1/events` only. */
export type KeyRole = "admin" | "analyst" | "viewer" | "writer";

export interface CreatedKey {
  id: number;
  /** The full secret: shown once, never stored. */
  key: string;
  prefix: string;
  role: KeyRole;
  organizationId: number;
  name: string;
  createdAt: string;
}

/** A key as listed: never the secret, never its hash. */
export interface KeySummary {
  id: number;
  name: string;
  prefix: string;
  role: string;
  createdAt: string;
  revokedAt: string | null;
}

export interface KeyOwner {
  keyId: number;
  role: KeyRole;
  organizationId: number;
}

/** sha256 hex of a key; only this is stored. */
export function hashKey(key: string): string {
  return createHash("sha256").update(key).digest("hex");
}

/**
 * Create an API key bound to one organization and role. The key is `mka_<prefix>_<secret>`; the
 * prefix is stored for listing, the whole key only as a hash.
 */
export async function createApiKey(
  db: Queryable,
  opts: { organizationId: number; role: KeyRole; name?: string },
): Promise<CreatedKey> {
  const prefix = randomBytes(4).toString("hex");
  const key = `mka_${prefix}_${randomBytes(24).toString("base64url")}`;
  const [row] = await db.query<{ id: number; name: string; createdAt: string }>(
    `INSERT INTO api_keys (organization_id, name, prefix, hash, role) VALUES ($1, $2, $3, $4, $5)
     RETURNING id, name, created_at AS "createdAt"`,
    [opts.organizationId, opts.name ?? `${opts.role} key`, prefix, hashKey(key), opts.role],
  );
  return {
    id: row!.id,
    key,
    prefix,
    role: opts.role,
    organizationId: opts.organizationId,
    name: row!.name,
    createdAt: row!.createdAt,
  };
}

/** The owner of an unrevoked key, or undefined. */
export async function findKeyOwner(db: Queryable, key: string): Promise<KeyOwner | undefined> {
  const rows = await db.query<KeyOwner & Record<string, unknown>>(
    `SELECT id AS "keyId", role, organization_id AS "organizationId"
     FROM api_keys WHERE hash = $1 AND revoked_at IS NULL`,
    [hashKey(key)],
  );
  return rows[0];
}

/** Keys of one organization (never the secret). */
export function listApiKeys(db: Queryable, organizationId: number): Promise<KeySummary[]> {
  return db.query<KeySummary & Record<string, unknown>>(
    `SELECT id, name, prefix, role, created_at AS "createdAt", revoked_at AS "revokedAt"
     FROM api_keys WHERE organization_id = $1 ORDER BY id`,
    [organizationId],
  );
}

/** Revoke a key of this organization; false when there is no such key. */
export async function revokeApiKey(db: Queryable, organizationId: number, id: number): Promise<boolean> {
  const rows = await db.query(
    `UPDATE api_keys SET revoked_at = now() WHERE organization_id = $1 AND id = $2 AND revoked_at IS NULL RETURNING id`,
    [organizationId, id],
  );
  return rows.length > 0;
}

/** Whether an organization has any key yet (to print one on a fresh start). */
export async function countApiKeys(db: Queryable, organizationId: number): Promise<number> {
  const [row] = await db.query<{ n: number }>(
    "SELECT count(*)::int AS n FROM api_keys WHERE organization_id = $1",
    [organizationId],
  );
  return row?.n ?? 0;
}

/** The owner of an unrevoked key by its id (browser sessions reference a key by id, not secret). */
export async function findKeyOwnerById(db: Queryable, keyId: number): Promise<KeyOwner | undefined> {
  const rows = await db.query<KeyOwner & Record<string, unknown>>(
    `SELECT id AS "keyId", role, organization_id AS "organizationId"
     FROM api_keys WHERE id = $1 AND revoked_at IS NULL`,
    [keyId],
  );
  return rows[0];
}
