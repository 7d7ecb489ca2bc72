import type { EntityRef } from '../../entities/recognizeEntities.js';
import { longestMatch } from '../../lexicon/phraseTrie.js';
import { typeOf, type SentenceView } from './sentenceView.js';

/**
 * "Italy's Banco Lido", "Canada's Goldmark": a place or country name in the possessive right before
 * another name only locates it; the name after it is the party.
 */
export function isPlaceModifier(v: SentenceView, r: EntityRef): boolean {
  if (!r.possessive || !v.refs.some((x) => x.ti === r.tj + 1)) return false;
  if (typeOf(v, r) === 'Place') return true;
  return longestMatch(v.ctx.lexicon.countries, v.lowers, r.ti)?.end === r.tj;
}
