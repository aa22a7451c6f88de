/**
 * JSON numbers without binary floating-point noise: linear credit summed from 0.7s is sent as 2.1,
 * not 2.0999999999999996. Fifteen significant digits hold every decimal a double stands for
 * (relative change below 1e-14, far inside any figure's meaning); integers pass through unchanged.
 * @example JSON.stringify({ a: 0.1 + 0.2 }, jsonNumberReplacer) // => '{"a":0.3}'
 */
export function jsonNumberReplacer(_key: string, value: unknown): unknown {
  return typeof value === "number" && Number.isFinite(value) && !Number.isInteger(value)
    ? Number(value.toPrecision(15))
    : value;
}
