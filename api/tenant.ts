import type { Response } from "express";
import { AppError } from "../lib/errors.ts";

/**
 * Key roles. `writer` is a tracking write key: it may only send events (`POST /api/v1/events`);
 * every other route refuses it (`refuseWriteKeys`), since it is meant to sit in a site's pages.
 */
export const ROLES = ["admin", "analyst", "viewer", "writer"] as const;
export type Role = (typeof ROLES)[number];

/**
 * The organization a request acts for. It comes only from the authenticated API key, never from
 * the request body, query string or a model's tool arguments.
 */
export interface Tenant {
  organizationId: number;
  slug: string;
  name: string;
  timeZone: string;
  currency: string;
  industry: string;
  defaultAttributionModel: string;
  attributionLookbackDays: number;
  role: Role;
  keyId: number;
}

/** The tenant set by the auth middleware; throws if a route was mounted without it. */
export function tenantOf(res: Response): Tenant {
  const t = res.locals.tenant as Tenant | undefined;
  if (!t) throw new AppError("auth.unauthorized", "no authenticated organization on this request");
  return t;
}

/** Throw auth.forbidden unless the tenant's role is one of `allowed`. */
export function requireRole(t: Tenant, allowed: readonly Role[]): void {
  if (!allowed.includes(t.role)) {
    throw new AppError("auth.forbidden", `this action needs one of the roles: ${allowed.join(", ")}`);
  }
}

/** Roles that read the organization's data; a write key is not one of them. */
export const READ_ROLES: readonly Role[] = ["admin", "analyst", "viewer"];
