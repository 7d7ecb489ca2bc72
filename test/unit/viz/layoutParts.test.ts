import { describe, expect, it } from 'vitest';
import { componentsOf } from '../../../src/viz/componentsOf.js';
import { packBoxes } from '../../../src/viz/packBoxes.js';
import { labelRect, spreadLabels } from '../../../src/viz/spreadLabels.js';

describe('componentsOf', () => {
  it.each([
    [['a', 'b', 'c', 'd'], [['a', 'b']], [['a', 'b'], ['c'], ['d']]],
    [
      ['d', 'c', 'b', 'a'],
      [
        ['c', 'd'],
        ['b', 'c'],
      ],
      [['b', 'c', 'd'], ['a']],
    ],
    [['a'], [['a', 'a']], [['a']]],
  ] as Array<[string[], Array<[string, string]>, string[][]]>)('%j with %j -> %j', (ids, edges, expected) => {
    expect(componentsOf(ids, edges)).toEqual(expected);
  });
});

describe('packBoxes', () => {
  it('places boxes without overlap, within the size it reports', () => {
    const boxes = [100, 80, 60, 40, 40, 20, 20, 20].map((w) => ({ width: w, height: w / 2 }));
    const { corners, width, height } = packBoxes(boxes, 5);
    corners.forEach((a, i) => {
      expect(a.x + boxes[i].width).toBeLessThanOrEqual(width + 1e-9);
      expect(a.y + boxes[i].height).toBeLessThanOrEqual(height + 1e-9);
      corners.forEach((b, j) => {
        if (j <= i) return;
        const apart =
          a.x + boxes[i].width <= b.x ||
          b.x + boxes[j].width <= a.x ||
          a.y + boxes[i].height <= b.y ||
          b.y + boxes[j].height <= a.y;
        expect(apart).toBe(true);
      });
    });
  });
});

describe('spreadLabels', () => {
  it('moves stacked labels apart until none overlap, the same way every time', () => {
    const make = () =>
      Array.from({ length: 12 }, (_, i) => ({
        x: (i % 3) * 5,
        y: Math.floor(i / 3) * 3,
        radius: 5,
        width: 60,
        height: 16,
      }));
    const spread = spreadLabels(make(), 200);
    const rects = spread.map(labelRect);
    for (let i = 0; i < rects.length; i++)
      for (let j = i + 1; j < rects.length; j++) {
        const a = rects[i];
        const b = rects[j];
        expect(a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom).toBe(false);
      }
    expect(spreadLabels(make(), 200)).toEqual(spread);
  });
});
