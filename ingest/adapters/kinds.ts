/**
 * The kinds the import accepts for platform exports: each adapter's own name, or `auto` to detect
 * it from the header. Kept apart from the export-format kinds (ingest/import/kinds.ts) so a
 * platform file never reaches the export-format reader by mistake.
 */
import { z } from "zod";
import { ADAPTER_KINDS, type AdapterKind } from "./types.ts";

export const PLATFORM_IMPORT_KINDS = [...ADAPTER_KINDS, "auto"] as const;
export type PlatformImportKind = (typeof PLATFORM_IMPORT_KINDS)[number];

/** True when `kind` names a platform export (or asks for detection). */
export function isPlatformImportKind(kind: string): kind is PlatformImportKind {
  return (PLATFORM_IMPORT_KINDS as readonly string[]).includes(kind);
}

/** The adapter a platform kind names, or undefined for `auto`. */
export function adapterKindOf(kind: PlatformImportKind): AdapterKind | undefined {
  return kind === "auto" ? undefined : kind;
}

export const platformImportKindSchema = z.enum(PLATFORM_IMPORT_KINDS, {
  error: `expected one of: ${PLATFORM_IMPORT_KINDS.join(", ")}`,
});
