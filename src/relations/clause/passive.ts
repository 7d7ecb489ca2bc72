import type { TriggerForm } from '../../lexicon/compileLexicon.js';
import type { SentenceView } from './sentenceView.js';
import { wordSet } from '../../lexicon/wordSet.js';

const PASSIVE_AUX = wordSet('passive-auxiliaries');

/** Adverbs without -ly that stand between "was" and its participle: "was later rejected". */
const ADVERBS = wordSet('verb-group-adverbs');

/** "was rejected", "were swiftly rejected", "was later rejected": a past participle after a form of be/get. */
export function passive(v: SentenceView, ti: number, form: TriggerForm['form']): boolean {
  if (form !== 'past') return false;
  for (let k = ti - 1; k >= Math.max(0, ti - 3); k--) {
    const w = v.lowers[k];
    if (PASSIVE_AUX.has(w)) return true;
    if (!/ly$/.test(w) && !ADVERBS.has(w)) return false;
  }
  return false;
}
