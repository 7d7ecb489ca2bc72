import type Sigma from 'sigma';

type Listener = (event: unknown) => void;

/**
 * sigma looks for the node (and edge) under the pointer at every mouse move, each look a
 * one-pixel readPixels of its picking layers, which makes the page wait for the GPU to finish
 * the frame in flight: in software WebGL, two such waits per move while dragging the graph.
 * Nothing is hovered while the graph is dragged, so those looks are skipped while the mouse
 * button is held; hovering works again at the first move after it is released.
 */
export function noPickingWhileDragging(renderer: Sigma): void {
  const captor = renderer.getMouseCaptor();
  const listeners = (renderer as unknown as { activeListeners: Record<string, Listener> }).activeListeners;
  const hover = listeners.handleMove;
  if (!hover) return;
  const whenStill: Listener = (event) => {
    if (!captor.isMouseDown) hover(event);
  };
  captor.off('mousemove', hover);
  captor.on('mousemove', whenStill);
  listeners.handleMove = whenStill;
}
