import { z } from "zod";

/** One documented operation; schemas are the same zod schemas the routes parse with. */
export interface Operation {
  method: "get" | "post" | "put" | "patch" | "delete";
  path: string;
  summary: string;
  tags: string[];
  auth?: boolean;
  body?: z.ZodType;
  query?: z.ZodObject;
  response?: z.ZodType;
  /** The success status when it is not 200 (201 created, 204 no content). */
  success?: 200 | 201 | 204;
  /** Extra non-200 statuses this operation documents (400/401/403/429/503 are added for auth'd routes). */
  statuses?: number[];
}

const errorSchema = {
  type: "object",
  required: ["error"],
  properties: {
    error: {
      type: "object",
      required: ["code", "message"],
      properties: {
        code: { type: "string", examples: ["input.invalid"] },
        message: { type: "string" },
        details: { type: "object" },
        requestId: { type: "string" },
      },
    },
  },
} as const;

const toSchema = (s: z.ZodType) =>
  z.toJSONSchema(s, { target: "draft-2020-12", unrepresentable: "any", io: "input" });

/**
 * Build an OpenAPI 3.1 document from the operation list. Generated from the zod schemas the
 * routes really use, so the document cannot drift from validation.
 */
export function buildOpenApi(ops: readonly Operation[], info: { title: string; version: string }) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of ops) {
    const auth = op.auth ?? true;
    const success = op.success ?? 200;
    const responses: Record<string, unknown> = {
      [String(success)]:
        success === 204
          ? { description: "No content" }
          : {
              description: success === 201 ? "Created" : "OK",
              content: {
                "application/json": { schema: op.response ? toSchema(op.response) : { type: "object" } },
              },
            },
    };
    // Every authenticated operation reads the database: 503 (with Retry-After) while it is down.
    const statuses = new Set([400, ...(auth ? [401, 403, 429, 503] : []), ...(op.statuses ?? [])]);
    for (const s of [...statuses].sort()) {
      responses[String(s)] = {
        description: "Error",
        content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
      };
    }
    const parameters = op.query
      ? Object.entries(op.query.shape).map(([name, schema]) => ({
          name,
          in: "query",
          required: !(schema as z.ZodType).safeParse(undefined).success,
          schema: toSchema(schema as z.ZodType),
        }))
      : undefined;
    const openApiPath = op.path.replace(/:(\w+)/g, "{$1}");
    const pathParams = [...op.path.matchAll(/:(\w+)/g)].map((m) => ({
      name: m[1],
      in: "path",
      required: true,
      schema: { type: "string" },
    }));
    paths[openApiPath] ??= {};
    paths[openApiPath][op.method] = {
      summary: op.summary,
      tags: op.tags,
      ...(auth ? { security: [{ bearer: [] }] } : { security: [] }),
      ...(parameters || pathParams.length ? { parameters: [...pathParams, ...(parameters ?? [])] } : {}),
      ...(op.body
        ? { requestBody: { required: true, content: { "application/json": { schema: toSchema(op.body) } } } }
        : {}),
      responses,
    };
  }
  return {
    openapi: "3.1.0",
    info,
    servers: [{ url: "/" }],
    components: {
      securitySchemes: {
        bearer: { type: "http", scheme: "bearer", description: "An API key from `npm run keys`" },
      },
      schemas: { Error: errorSchema },
    },
    paths,
  };
}
