import type Sigma from 'sigma';
import { labelRect, RectSet, type Rect } from './labelRects.js';

// The parts of sigma's renderer that its own renderLabels uses (sigma 3, src/sigma.ts).
interface SigmaInternals {
  settings: {
    renderLabels: boolean;
    labelSize: number;
    labelFont: string;
    labelWeight: string;
    defaultDrawNodeLabel: (ctx: CanvasRenderingContext2D, data: object, settings: object) => void;
  };
  canvasContexts: { labels: CanvasRenderingContext2D };
  nodeDataCache: Record<
    string,
    { x: number; y: number; size: number; hidden?: boolean; label?: string | null }
  >;
  displayedNodeLabels: Set<string>;
  width: number;
  height: number;
  framedGraphToViewport(p: { x: number; y: number }): { x: number; y: number };
  scaleSize(size: number): number;
  renderLabels(): unknown;
}

/**
 * Replaces sigma's label selection (a grid that keeps one label per cell, so neighbouring cells'
 * labels can still cross) with a greedy one: labels are tried in `priority()` order (the selected
 * node, then the most connected) and one is drawn only where it overlaps no label already drawn.
 * `getNodeDisplayedLabels()` stays true: it is the set drawn, and edge labels follow it.
 * Returns the rects drawn in the last frame, for checks.
 */
export function installLabelLayer(
  renderer: Sigma,
  priority: () => readonly string[],
): () => Map<string, Rect> {
  const sigma = renderer as unknown as SigmaInternals;
  const widths = new Map<string, number>();
  let drawn = new Map<string, Rect>();
  sigma.renderLabels = function renderLabels(this: SigmaInternals) {
    drawn = new Map();
    this.displayedNodeLabels = new Set();
    if (!this.settings.renderLabels) return this;
    const context = this.canvasContexts.labels;
    const { labelSize, labelFont, labelWeight } = this.settings;
    context.font = `${labelWeight} ${labelSize}px ${labelFont}`;
    const taken = new RectSet();
    for (const node of priority()) {
      const data = this.nodeDataCache[node];
      if (!data || data.hidden || !data.label) continue;
      const { x, y } = this.framedGraphToViewport(data);
      if (x < -50 || x > this.width + 50 || y < -20 || y > this.height + 20) continue;
      const size = this.scaleSize(data.size);
      let width = widths.get(data.label);
      if (width === undefined) {
        width = context.measureText(data.label).width;
        widths.set(data.label, width);
      }
      const rect = labelRect(x, y, size, width, labelSize);
      if (!taken.tryAdd(rect)) continue;
      drawn.set(node, rect);
      this.displayedNodeLabels.add(node);
      this.settings.defaultDrawNodeLabel(context, { key: node, ...data, size, x, y }, this.settings);
    }
    return this;
  };
  return () => drawn;
}
