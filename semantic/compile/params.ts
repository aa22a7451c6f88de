/** Collects parameter values and hands out `$n` placeholders (Cube's ParamAllocator). */
export class ParamAllocator {
  readonly values: unknown[] = [];
  private readonly byName = new Map<string, string>();

  /** A fresh placeholder for `value`. */
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }

  /** The same placeholder every time for one named value (organization, dates, time zone). */
  named(name: string, value: unknown): string {
    const known = this.byName.get(name);
    if (known) return known;
    const p = this.add(value);
    this.byName.set(name, p);
    return p;
  }
}

/** Quote an identifier that comes from the catalog or tables.ts (never from input). */
export function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
