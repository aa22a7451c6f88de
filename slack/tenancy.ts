/**
 * Which organization a Slack team reads, and with which bot token. One `authorize` serves both
 * modes: an installation row (OAuth install, or the single-workspace binding) decides the
 * organization; the token is the row's own or, in single-workspace mode, SLACK_BOT_TOKEN. A team
 * without a row is refused (no listener runs), so a message in workspace A never reads organization B.
 */
import type { AuthorizeResult, AuthorizeSourceData, Installation, InstallationQuery } from "@slack/bolt";
import type { WebClient } from "@slack/web-api";
import type { AgentTenant } from "../agent/service.ts";
import type { Database } from "../db/database.ts";
import { findOrganizationBySlug, listOrganizations } from "../db/repositories/organizations.ts";
import {
  bindFirstSlackTeam,
  deleteSlackInstallation,
  findSlackInstallation,
  installationKey,
  upsertSlackInstallation,
} from "../db/repositories/slack.ts";
import type { SlackConfig } from "./config.ts";

/** The authorize result with the organization the team is bound to. */
export interface SlackAuthorization extends AuthorizeResult {
  organizationId: number;
}

/**
 * Bolt's `authorize` over our installations. `client` is used once for auth.test in
 * single-workspace mode (the bot's own user id, so its own messages are ignored).
 */
export function createAuthorize(deps: { db: Database; config: SlackConfig; client: WebClient }) {
  const { db, config } = deps;
  let identity: Promise<{ botUserId?: string; botId?: string }> | undefined;
  const botIdentity = () => {
    identity ??= deps.client.auth
      .test({ token: config.botToken })
      .then((r) => ({ botUserId: r.user_id, botId: r.bot_id }))
      .catch((e: unknown) => {
        identity = undefined;
        throw e;
      });
    return identity;
  };

  async function bindSingleWorkspace(teamId: string) {
    if (!config.botToken) return undefined;
    if (config.teamId && config.teamId !== teamId) return undefined;
    const org = await findOrganizationBySlug(db, config.orgSlug);
    if (!org) throw new Error(`SLACK_ORG '${config.orgSlug}' is not an organization`);
    if (config.teamId) {
      await upsertSlackInstallation(db, {
        teamId,
        enterpriseId: null,
        organizationId: org.id,
        botToken: null,
        botUserId: null,
        botId: null,
        installation: null,
      });
      return findSlackInstallation(db, { teamId });
    }
    const row = await bindFirstSlackTeam(db, teamId, org.id);
    return row?.teamId === teamId ? row : undefined;
  }

  return async function authorize(source: AuthorizeSourceData<boolean>): Promise<SlackAuthorization> {
    const query = { teamId: source.teamId, enterpriseId: source.enterpriseId };
    const row =
      (await findSlackInstallation(db, query)) ??
      (source.teamId ? await bindSingleWorkspace(source.teamId) : undefined);
    if (!row) throw new Error(`Slack team ${source.teamId ?? source.enterpriseId} is not installed`);
    const botToken = row.botToken ?? config.botToken;
    if (!botToken) throw new Error(`Slack team ${source.teamId} has no bot token`);
    const ids = row.botToken
      ? { botUserId: row.botUserId ?? undefined, botId: row.botId ?? undefined }
      : await botIdentity();
    return {
      botToken,
      ...ids,
      teamId: source.teamId,
      enterpriseId: source.enterpriseId,
      organizationId: row.organizationId,
    };
  };
}

/** The agent tenant of an organization id (its own settings; never from a Slack payload). */
export async function tenantOfOrganization(
  db: Database,
  organizationId: number,
): Promise<AgentTenant & { slug: string }> {
  const org = (await listOrganizations(db)).find((o) => o.id === organizationId);
  if (!org) throw new Error(`organization ${organizationId} not found`);
  return {
    organizationId: org.id,
    slug: org.slug,
    name: org.name,
    timeZone: org.timeZone,
    currency: org.currency,
    industry: org.industry,
    defaultAttributionModel: org.defaultAttributionModel,
    attributionLookbackDays: org.attributionLookbackDays,
  };
}

/**
 * Bolt's InstallationStore on slack_installations for the OAuth install. The organization comes
 * from the install link's verified metadata (see oauth.ts), never from Slack's payload.
 */
export function createInstallationStore(db: Database) {
  return {
    async storeInstallation(installation: Installation): Promise<void> {
      const slug = installation.metadata;
      const org = slug ? await findOrganizationBySlug(db, slug) : undefined;
      if (!org) throw new Error("the install link names no known organization");
      await upsertSlackInstallation(db, {
        installationKey: installationKey({
          teamId: installation.team?.id,
          enterpriseId: installation.enterprise?.id,
          isEnterpriseInstall: installation.isEnterpriseInstall,
        }),
        teamId: installation.team?.id ?? null,
        enterpriseId: installation.enterprise?.id ?? null,
        organizationId: org.id,
        botToken: installation.bot?.token ?? null,
        botUserId: installation.bot?.userId ?? null,
        botId: installation.bot?.id ?? null,
        installation,
      });
    },
    async fetchInstallation(query: InstallationQuery<boolean>): Promise<Installation> {
      const row = await findSlackInstallation(db, { teamId: query.teamId, enterpriseId: query.enterpriseId });
      if (!row?.installation) throw new Error(`no installation for ${query.teamId ?? query.enterpriseId}`);
      return row.installation as Installation;
    },
    async deleteInstallation(query: InstallationQuery<boolean>): Promise<void> {
      await deleteSlackInstallation(
        db,
        installationKey({
          teamId: query.teamId,
          enterpriseId: query.enterpriseId,
          isEnterpriseInstall: query.isEnterpriseInstall,
        }),
      );
    },
  };
}
