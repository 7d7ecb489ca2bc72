import { describe, expect, it } from 'vitest';
import { skipBlankClears, type DrawingCalls } from '../../../src/viz/client/skipBlankClears.js';

/** A stand-in for a WebGL context that records the calls reaching it. */
function fakeGl() {
  const calls: string[] = [];
  const gl: DrawingCalls = {
    FRAMEBUFFER: 36160,
    clear: () => calls.push('clear'),
    bindFramebuffer: (_target, fb) => calls.push(fb === null ? 'bind canvas' : 'bind picking'),
    drawArrays: (_mode, _first, count) => calls.push(`draw ${count}`),
    drawElements: (_mode, count) => calls.push(`elements ${count}`),
    drawArraysInstanced: (_mode, _first, _count, instances) => calls.push(`instanced ${instances}`),
  };
  return { gl, calls };
}

const picking = {};
type Step = (gl: DrawingCalls) => void;
const clear: Step = (gl) => gl.clear(16384);
const draw: Step = (gl) => gl.drawArrays(4, 0, 6);
const drawNothing: Step = (gl) => gl.drawArrays(4, 0, 0);
const instanced: Step = (gl) => gl.drawArraysInstanced!(4, 0, 6, 3);
const toPicking: Step = (gl) => gl.bindFramebuffer(gl.FRAMEBUFFER, picking);
const toCanvas: Step = (gl) => gl.bindFramebuffer(gl.FRAMEBUFFER, null);

describe('skipBlankClears', () => {
  it.each<[string, Step[], string[]]>([
    // the first clear always passes: the canvas may hold a picture from before
    ['first clear', [clear], ['clear']],
    ['a blank canvas is not cleared again', [clear, clear, clear], ['clear']],
    ['a drawn canvas is cleared', [clear, draw, clear, clear], ['clear', 'draw 6', 'clear']],
    ['instanced draws count', [clear, instanced, clear], ['clear', 'instanced 3', 'clear']],
    ['an empty draw leaves it blank', [clear, drawNothing, clear], ['clear', 'draw 0']],
    // sigma's picking layers: drawing there does not touch the picture, clearing them always passes
    [
      'picking framebuffer',
      [clear, toPicking, draw, clear, toCanvas, clear],
      ['clear', 'bind picking', 'draw 6', 'clear', 'bind canvas'],
    ],
  ])('%s', (_name, steps, expected) => {
    const { gl, calls } = fakeGl();
    skipBlankClears(gl);
    for (const step of steps) step(gl);
    expect(calls).toEqual(expected);
  });
});
