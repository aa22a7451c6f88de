import type { RequestHandler } from "express";
import type { Database } from "../../db/database.ts";
import { AppError } from "../../lib/errors.ts";
import { fromThisMachine, OPERATOR_TOKEN_PREFIX, operatorTokenMatches } from "../operator-token.ts";
import { requireApiKey } from "./auth.ts";

/**
 * Auth for the operator endpoints (/api/v1/keys, /api/v1/orgs, /api/v1/import): the local operator token (see
 * api/operator-token.ts), when this service has one, sets `res.locals.operator`; anything else is
 * an API key checked by `requireApiKey`. Mounted only on those endpoints, so the operator token
 * opens nothing else.
 */
export function requireApiKeyOrOperator(db: Database, operatorToken: string | undefined): RequestHandler {
  const apiKey = requireApiKey(db);
  return (req, res, next) => {
    const presented = /^Bearer\s+(\S+)$/i.exec(req.get("authorization") ?? "")?.[1];
    if (!operatorToken || !presented?.startsWith(OPERATOR_TOKEN_PREFIX)) {
      void apiKey(req, res, next);
    } else if (!operatorTokenMatches(operatorToken, presented)) {
      next(new AppError("auth.unauthorized", "unknown operator token (it changes at every start)"));
    } else if (!fromThisMachine(req)) {
      next(new AppError("auth.forbidden", "the operator token is accepted only from this machine"));
    } else {
      res.locals.operator = true;
      next();
    }
  };
}

/** Whether the request was authenticated with the operator token. */
export function isOperator(locals: Record<string, unknown>): boolean {
  return locals.operator === true;
}
