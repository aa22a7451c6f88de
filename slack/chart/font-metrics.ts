/**
 * Text widths from the bundled font's own advance widths, so Vega lays out axis labels, titles and
 * legends for the glyphs resvg will actually draw. Without a canvas, Vega falls back to guessing
 * 0.8 em per character, which over-truncates labels and leaves gaps; with this, truncation
 * (`labelLimit`) and padding match the picture.
 *
 * Reads only the `cmap` (format 4 or 12), `head`, `hhea` and `hmtx` tables of a TrueType/OpenType
 * file. Kerning is ignored: it only ever narrows Latin text, so widths err on the safe side.
 */
import { AppError } from "../../lib/errors.ts";

/** Advance widths of one font: `width(text, fontSize)` in pixels. */
export interface FontMetrics {
  /** Width in pixels of `text` set at `fontSize` px. */
  width(text: string, fontSize: number): number;
}

interface TableRecord {
  offset: number;
  length: number;
}

function tables(font: Buffer): Map<string, TableRecord> {
  const count = font.readUInt16BE(4);
  const out = new Map<string, TableRecord>();
  for (let i = 0; i < count; i++) {
    const at = 12 + i * 16;
    out.set(font.toString("latin1", at, at + 4), {
      offset: font.readUInt32BE(at + 8),
      length: font.readUInt32BE(at + 12),
    });
  }
  return out;
}

function required(map: Map<string, TableRecord>, tag: string): TableRecord {
  const table = map.get(tag);
  if (!table) throw new AppError("internal", `font file has no '${tag}' table`);
  return table;
}

/** Code point -> glyph id, from the best Unicode cmap subtable (format 12 preferred, else 4). */
function readCmap(font: Buffer, cmap: TableRecord): (codePoint: number) => number {
  const count = font.readUInt16BE(cmap.offset + 2);
  let format4: number | undefined;
  for (let i = 0; i < count; i++) {
    const at = cmap.offset + 4 + i * 8;
    const platform = font.readUInt16BE(at);
    const encoding = font.readUInt16BE(at + 2);
    const sub = cmap.offset + font.readUInt32BE(at + 4);
    const format = font.readUInt16BE(sub);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (!unicode) continue;
    if (format === 12) return format12(font, sub);
    if (format === 4) format4 ??= sub;
  }
  if (format4 === undefined) throw new AppError("internal", "font file has no Unicode cmap (format 4 or 12)");
  return format4Lookup(font, format4);
}

function format12(font: Buffer, sub: number): (codePoint: number) => number {
  const groups = font.readUInt32BE(sub + 12);
  return (cp) => {
    // Groups are sorted by start code: binary search.
    let lo = 0;
    let hi = groups - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const at = sub + 16 + mid * 12;
      const start = font.readUInt32BE(at);
      const end = font.readUInt32BE(at + 4);
      if (cp < start) hi = mid - 1;
      else if (cp > end) lo = mid + 1;
      else return font.readUInt32BE(at + 8) + (cp - start);
    }
    return 0;
  };
}

function format4Lookup(font: Buffer, sub: number): (codePoint: number) => number {
  const segments = font.readUInt16BE(sub + 6) / 2;
  const ends = sub + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  return (cp) => {
    if (cp > 0xffff) return 0;
    for (let i = 0; i < segments; i++) {
      if (cp > font.readUInt16BE(ends + i * 2)) continue;
      const start = font.readUInt16BE(starts + i * 2);
      if (cp < start) return 0;
      const delta = font.readUInt16BE(deltas + i * 2);
      const rangeAt = rangeOffsets + i * 2;
      const range = font.readUInt16BE(rangeAt);
      if (range === 0) return (cp + delta) & 0xffff;
      const glyph = font.readUInt16BE(rangeAt + range + (cp - start) * 2);
      return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
    }
    return 0;
  };
}

/**
 * Metrics of a TrueType/OpenType font file's contents.
 * @example fontMetrics(readFileSync("Inter-Regular.ttf")).width("Search", 12) // ≈ 40
 */
export function fontMetrics(font: Buffer): FontMetrics {
  const map = tables(font);
  const unitsPerEm = font.readUInt16BE(required(map, "head").offset + 18);
  const hMetrics = font.readUInt16BE(required(map, "hhea").offset + 34);
  const hmtx = required(map, "hmtx").offset;
  const glyphOf = readCmap(font, required(map, "cmap"));
  // Glyphs past numberOfHMetrics share the last advance (monospaced tails).
  const advance = (glyph: number) => font.readUInt16BE(hmtx + Math.min(glyph, hMetrics - 1) * 4);
  const cache = new Map<number, number>();
  const unitsOf = (cp: number) => {
    let units = cache.get(cp);
    if (units === undefined) {
      units = advance(glyphOf(cp));
      cache.set(cp, units);
    }
    return units;
  };
  return {
    width(text, fontSize) {
      let units = 0;
      for (const ch of text) units += unitsOf(ch.codePointAt(0) ?? 0);
      return (units * fontSize) / unitsPerEm;
    },
  };
}
