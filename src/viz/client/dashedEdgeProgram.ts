import {
  createEdgeArrowHeadProgram,
  createEdgeClampedProgram,
  createEdgeCompoundProgram,
} from 'sigma/rendering';
import type { RenderParams } from 'sigma/types';

// A dashed arrow for edges whose evidence is all hedged ("could", "is said to"...):
// sigma's clamped edge body with a fragment shader that drops every other 6 px,
// plus sigma's solid arrow head.
const DASH = 'if (mod(v_dash, 11.0) > 6.0) discard;';

function patchVertex(source: string): string {
  return source
    .replace(
      'uniform mat3 u_matrix;',
      'uniform mat3 u_matrix;\nuniform vec2 u_resolution;\nvarying float v_dash;',
    )
    .replace(
      '  v_thickness =',
      [
        '  vec2 clipStart = (u_matrix * vec3(a_positionStart, 1)).xy;',
        '  vec2 clipEnd = (u_matrix * vec3(a_positionEnd, 1)).xy;',
        '  v_dash = a_positionCoef * length((clipEnd - clipStart) * u_resolution * 0.5);',
        '  v_thickness =',
      ].join('\n'),
    );
}

function patchFragment(source: string): string {
  return source
    .replace('varying float v_feather;', 'varying float v_feather;\nvarying float v_dash;')
    .replace('#else', `#else\n  ${DASH}`);
}

const Clamped = createEdgeClampedProgram();

// eslint-disable-next-line @typescript-eslint/no-explicit-any
class DashedClampedProgram extends (Clamped as any) {
  getDefinition() {
    const definition = super.getDefinition();
    return {
      ...definition,
      VERTEX_SHADER_SOURCE: patchVertex(definition.VERTEX_SHADER_SOURCE),
      FRAGMENT_SHADER_SOURCE: patchFragment(definition.FRAGMENT_SHADER_SOURCE),
      UNIFORMS: [...definition.UNIFORMS, 'u_resolution'],
    };
  }
  setUniforms(
    params: RenderParams,
    info: { gl: WebGLRenderingContext; uniformLocations: Record<string, WebGLUniformLocation> },
  ) {
    super.setUniforms(params, info);
    info.gl.uniform2f(info.uniformLocations.u_resolution, params.width, params.height);
  }
}

export const DashedArrowProgram = createEdgeCompoundProgram([
  DashedClampedProgram as unknown as typeof Clamped,
  createEdgeArrowHeadProgram(),
]);
