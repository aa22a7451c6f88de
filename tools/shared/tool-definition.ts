/** The shape every tool definition shares: what the model sees and the schema its arguments must pass. */
import type { z } from "zod";

/**
 * A tool as the model sees it. `name` is snake_case; `description` says when to use the tool and
 * when not to; `inputSchema` parses (never casts) the model's arguments.
 */
export interface ToolDefinition<
  I extends z.ZodType = z.ZodType,
  O extends z.ZodType | undefined = z.ZodType | undefined,
> {
  readonly name: string;
  readonly description: string;
  readonly inputSchema: I;
  /** Present when the result shape is simple enough to state here; executors own the rest. */
  readonly outputSchema?: O;
}

/**
 * Declare a tool definition, keeping its literal name and schema types.
 * @example defineTool({ name: "describe_metric", description: "...", inputSchema: z.object({}) })
 */
export function defineTool<
  const N extends string,
  I extends z.ZodType,
  O extends z.ZodType | undefined = undefined,
>(def: {
  name: N;
  description: string;
  inputSchema: I;
  outputSchema?: O;
}): { readonly name: N; readonly description: string; readonly inputSchema: I; readonly outputSchema?: O } {
  return def;
}
