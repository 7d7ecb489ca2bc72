/** The WebGL calls that decide whether a canvas's picture changes (enough of the context's type to wrap them). */
export interface DrawingCalls {
  readonly FRAMEBUFFER: number;
  clear(mask: number): void;
  bindFramebuffer(target: number, framebuffer: unknown): void;
  drawArrays(mode: number, first: number, count: number): void;
  drawElements(mode: number, count: number, type: number, offset: number): void;
  /** WebGL 2 only (sigma draws its nodes and edges instanced when it has WebGL 2). */
  drawArraysInstanced?(mode: number, first: number, count: number, instances: number): void;
}

/**
 * Makes `clear()` of a WebGL canvas that is already blank do nothing, so that its picture is left
 * unchanged. Without a GPU, Chromium reads every changed WebGL canvas back into memory for its
 * software compositor (about 10 ms for a 1,100 x 800 canvas on the 2-core test machine), and
 * sigma clears all three of its WebGL canvases at every frame: the hover layer, empty unless a
 * node is selected or hovered, and the edge layer, empty while the camera moves with
 * `hideEdgesOnMove`, were read back at every frame of a pan. Only the canvas's own picture
 * (framebuffer null) is tracked; clears and draws of sigma's picking framebuffers pass through.
 * Returns a function telling whether the canvas is blank now (for tests).
 */
export function skipBlankClears(gl: DrawingCalls): () => boolean {
  /** Unknown at first: the canvas may hold a picture drawn before this was installed. */
  let blank = false;
  let onCanvas = true;
  const bind = gl.bindFramebuffer.bind(gl);
  const clear = gl.clear.bind(gl);
  const drawArrays = gl.drawArrays.bind(gl);
  const drawElements = gl.drawElements.bind(gl);
  gl.bindFramebuffer = (target, framebuffer) => {
    if (target === gl.FRAMEBUFFER) onCanvas = framebuffer === null;
    bind(target, framebuffer);
  };
  gl.clear = (mask) => {
    if (onCanvas && blank) return;
    clear(mask);
    if (onCanvas) blank = true;
  };
  gl.drawArrays = (mode, first, count) => {
    if (onCanvas && count > 0) blank = false;
    drawArrays(mode, first, count);
  };
  gl.drawElements = (mode, count, type, offset) => {
    if (onCanvas && count > 0) blank = false;
    drawElements(mode, count, type, offset);
  };
  const instanced = gl.drawArraysInstanced?.bind(gl);
  if (instanced) {
    gl.drawArraysInstanced = (mode, first, count, instances) => {
      if (onCanvas && count > 0 && instances > 0) blank = false;
      instanced(mode, first, count, instances);
    };
  }
  return () => blank;
}
