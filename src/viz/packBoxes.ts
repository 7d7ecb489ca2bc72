/** A box to place: its width and height. */
export interface Size {
  width: number;
  height: number;
}

/**
 * Pure: shelf packing into a frame of `frame` proportions. Tries rows of 24 widths between the
 * widest box and all boxes in one row, and keeps the packing that the frame shows largest
 * (ties: the narrower). Returns the top-left corner of each box and the size of the whole.
 */
export function packBoxes(boxes: Size[], gap: number, frame: Size = { width: 16, height: 10 }) {
  const widest = Math.max(0, ...boxes.map((b) => b.width));
  const total = boxes.reduce((sum, b) => sum + b.width + gap, 0);
  let best = shelves(boxes, gap, widest);
  let bestScale = fit(best, frame);
  for (let i = 1; i <= 24; i++) {
    const packed = shelves(boxes, gap, widest * Math.pow(Math.max(1, total / Math.max(1, widest)), i / 24));
    const scale = fit(packed, frame);
    if (scale > bestScale * 1.0001) {
      best = packed;
      bestScale = scale;
    }
  }
  return best;
}

const fit = (packed: Size, frame: Size) =>
  Math.min(frame.width / Math.max(1, packed.width), frame.height / Math.max(1, packed.height));

/** Left to right in rows no wider than `rowWidth` (in the order given), `gap` apart. */
function shelves(boxes: Size[], gap: number, rowWidth: number) {
  const corners: Array<{ x: number; y: number }> = [];
  let x = 0;
  let y = 0;
  let rowHeight = 0;
  let width = 0;
  for (const box of boxes) {
    if (x > 0 && x + box.width > rowWidth) {
      y += rowHeight + gap;
      x = 0;
      rowHeight = 0;
    }
    corners.push({ x, y });
    x += box.width + gap;
    rowHeight = Math.max(rowHeight, box.height);
    width = Math.max(width, x - gap);
  }
  return { corners, width, height: y + rowHeight };
}
