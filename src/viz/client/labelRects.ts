/** Where a label is drawn, in viewport pixels. */
export interface Rect {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/**
 * The box of a label as sigma's default drawNodeLabel paints it: text starting `size + 3`
 * pixels right of the node centre, baseline `fontSize / 3` below it (ascent and descent
 * of a sans-serif font around that baseline), one pixel of margin all round.
 */
export function labelRect(x: number, y: number, size: number, textWidth: number, fontSize: number): Rect {
  return {
    left: x + size + 3 - 1,
    right: x + size + 3 + textWidth + 1,
    top: y + fontSize / 3 - fontSize * 0.8 - 1,
    bottom: y + fontSize / 3 + fontSize * 0.25 + 1,
  };
}

export const overlaps = (a: Rect, b: Rect) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** Pure: the pairs of rects (by index) that overlap; quadratic, for checks on a few hundred labels. */
export function overlappingPairs(rects: Rect[]): Array<[number, number]> {
  const pairs: Array<[number, number]> = [];
  for (let i = 0; i < rects.length; i++)
    for (let j = i + 1; j < rects.length; j++) if (overlaps(rects[i], rects[j])) pairs.push([i, j]);
  return pairs;
}

/** Accepts rects one at a time, refusing any that overlaps one already accepted (a grid of buckets). */
export class RectSet {
  private cells = new Map<string, Rect[]>();
  constructor(private cell = 64) {}

  private keys(r: Rect): string[] {
    const out: string[] = [];
    for (let x = Math.floor(r.left / this.cell); x <= Math.floor(r.right / this.cell); x++)
      for (let y = Math.floor(r.top / this.cell); y <= Math.floor(r.bottom / this.cell); y++)
        out.push(`${x},${y}`);
    return out;
  }

  /** Adds `r` unless it overlaps an accepted rect; true when added. */
  tryAdd(r: Rect): boolean {
    const keys = this.keys(r);
    for (const key of keys)
      for (const other of this.cells.get(key) ?? []) if (overlaps(r, other)) return false;
    for (const key of keys) (this.cells.get(key) ?? this.cells.set(key, []).get(key)!).push(r);
    return true;
  }
}
