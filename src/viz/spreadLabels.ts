/** A node and its label as a box: the node's centre, its radius, the label's width and height. */
export interface LabelBox {
  x: number;
  y: number;
  radius: number;
  width: number;
  height: number;
}

const GAP = 4;
/** A hair more than the overlap, so that floating-point rounding cannot leave two boxes touching. */
const EPS = 0.05;

/** The rectangle a label box covers: sigma draws a label to the right of its node, centred on it. */
export function labelRect(box: LabelBox) {
  return {
    left: box.x - box.radius - GAP / 2,
    right: box.x + box.radius + 3 + box.width + GAP / 2,
    top: box.y - Math.max(box.radius, box.height / 2) - GAP / 2,
    bottom: box.y + Math.max(box.radius, box.height / 2) + GAP / 2,
  };
}

/**
 * Pure and deterministic: moves boxes apart until no two labels overlap (or `rounds` run
 * out), each overlapping pair pushed apart half each along the axis where they overlap
 * least (labels are wide, so mostly up and down). Mutates and returns `boxes`.
 */
export function spreadLabels<T extends LabelBox>(boxes: T[], rounds = 300): T[] {
  for (let round = 0; round < rounds; round++) {
    let moved = false;
    const rects = boxes.map(labelRect);
    const cell = Math.max(1, ...rects.map((r) => Math.max(r.right - r.left, r.bottom - r.top)));
    const grid = new Map<string, number[]>();
    rects.forEach((r, i) => {
      const key = `${Math.floor(r.left / cell)},${Math.floor(r.top / cell)}`;
      (grid.get(key) ?? grid.set(key, []).get(key)!).push(i);
    });
    for (let i = 0; i < boxes.length; i++) {
      const a = rects[i];
      const cx = Math.floor(a.left / cell);
      const cy = Math.floor(a.top / cell);
      for (let dx = -1; dx <= 1; dx++) {
        for (let dy = -1; dy <= 1; dy++) {
          for (const j of grid.get(`${cx + dx},${cy + dy}`) ?? []) {
            if (j <= i) continue;
            const b = rects[j];
            const ox = Math.min(a.right, b.right) - Math.max(a.left, b.left);
            const oy = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
            if (ox <= 0 || oy <= 0) continue;
            moved = true;
            const bi = boxes[i];
            const bj = boxes[j];
            if (oy <= ox) {
              const sign = bi.y < bj.y || (bi.y === bj.y && i < j) ? -1 : 1;
              bi.y += sign * (oy / 2 + EPS);
              bj.y -= sign * (oy / 2 + EPS);
            } else {
              const sign = bi.x < bj.x || (bi.x === bj.x && i < j) ? -1 : 1;
              bi.x += sign * (ox / 2 + EPS);
              bj.x -= sign * (ox / 2 + EPS);
            }
          }
        }
      }
    }
    if (!moved) break;
  }
  return boxes;
}
