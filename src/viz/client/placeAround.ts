/**
 * Pure: positions for `count` new nodes on a ring around (x, y), far enough apart that their
 * labels do not sit on one another (about `spacing` units of arc each), starting at `angle`.
 */
export function placeAround(
  centre: { x: number; y: number },
  count: number,
  spacing = 34,
  minRadius = 90,
  angle = -Math.PI / 2,
): Array<{ x: number; y: number }> {
  const radius = Math.max(minRadius, (count * spacing) / (2 * Math.PI));
  return Array.from({ length: count }, (_, i) => {
    const a = angle + (2 * Math.PI * i) / Math.max(1, count);
    return { x: centre.x + radius * Math.cos(a), y: centre.y + radius * Math.sin(a) };
  });
}
