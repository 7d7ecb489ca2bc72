import type { TriggerForm } from '../../lexicon/compileLexicon.js';
import type { SentenceView } from './sentenceView.js';

const PASSIVE_AUX = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'get', 'got', 'gets']);

/** Adverbs without -ly that stand between "was" and its participle: "was later rejected". */
const ADVERBS = new Set([
  'not',
  "n't",
  'also',
  'already',
  'then',
  'later',
  'since',
  'twice',
  'once',
  'again',
  'still',
  'never',
  'just',
  'first',
  'initially',
  'subsequently',
  'eventually',
  'all',
  'both',
]);

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
