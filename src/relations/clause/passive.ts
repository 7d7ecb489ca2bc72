import type { TriggerForm } from '../../extract/compileLexicon.js';
import type { SentenceView } from './sentenceView.js';

const PASSIVE_AUX = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'get', 'got', 'gets']);

/** "was rejected", "were formally rejected": a past participle after a form of be/get. */
export function passive(v: SentenceView, ti: number, form: TriggerForm['form']): boolean {
  if (form !== 'past') return false;
  for (let k = ti - 1; k >= Math.max(0, ti - 3); k--) {
    const w = v.lowers[k];
    if (PASSIVE_AUX.has(w)) return true;
    if (!/ly$/.test(w) && w !== 'not' && w !== 'also' && w !== 'already' && w !== 'formally') return false;
  }
  return false;
}
