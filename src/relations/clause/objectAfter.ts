import type { EntityRef } from '../../entities/recognizeEntities.js';
import { isVerbLike } from '../../nlp.js';
import { clauseEnd } from './clauseBounds.js';
import { group } from './group.js';
import { isPlaceModifier } from './placeModifier.js';
import type { SentenceView } from './sentenceView.js';
import { wordSet } from '../../lexicon/wordSet.js';

/** "control of", "the rest of": an object that is the whole of the name after "of". */
const WHOLE = wordSet('whole-nouns');
const CALENDAR = wordSet('calendar-words');
const ARTICLES = wordSet('articles');

/**
 * The first entity after token tj in the same clause ("rejected an offer from Norvex"). With
 * `direct`, the object must come before any preposition: "bought a stake in Lumo" names no
 * object of "bought". A capitalised word outside every name holds the slot for a name the
 * recogniser missed: "purchase Tindle from Harbek" has no known object, not Harbek.
 */
export function objectAfter(
  v: SentenceView,
  tj: number,
  exclude: Set<string>,
  limit = 10,
  direct = false,
): EntityRef[] {
  const end = Math.min(clauseEnd(v, tj), tj + limit);
  for (let k = tj; k < end; k++) {
    const r = v.refs.find((x) => x.ti === k && (!exclude.has(x.key) || (x.alt && !exclude.has(x.alt))));
    // "an offer for Italy's Banco Lido": a place's possessive only locates the name after it
    if (r && isPlaceModifier(v, r)) {
      k = r.tj; // past its "'s"
      continue;
    }
    if (r) return exclude.has(r.key) ? [{ ...r, key: r.alt! }] : group(v, r);
    const w = v.lowers[k];
    if (k > tj && w === ',' && (v.lowers[k + 1] === 'and' || v.lowers[k + 1] === 'but')) break;
    // "bought control of Lumo", "bought the rest of Lumo" stay direct
    if (direct && v.words.prepositions.has(w) && !(w === 'of' && WHOLE.has(v.lowers[k - 1]))) break;
    if (k > 0 && unknownName(v, k)) return listAfterUnknown(v, k, end, exclude);
    if (k > tj && (v.words.auxiliaries.has(w) || v.words['speech-verbs'].has(w))) break;
    if (k > tj && /ed$/.test(w) && isVerbLike(w) && !ARTICLES.has(v.lowers[k - 1])) break;
  }
  return [];
}

/**
 * "owns The Morning Star, the Sunday Star and the Corvane Herald" with the first two names unknown:
 * the named members of the list that the unknown name opens, when the list closes with "and"/"or".
 */
function listAfterUnknown(v: SentenceView, k: number, end: number, exclude: Set<string>): EntityRef[] {
  const named: EntityRef[] = [];
  for (let j = k; j < end; j++) {
    const w = v.lowers[j];
    if (w === 'and' || w === 'or') {
      const next = v.lowers[j + 1] === 'the' ? j + 2 : j + 1;
      const r = v.refs.find((x) => x.ti === next && x.kind === 'name' && !exclude.has(x.key));
      return r ? [...named, ...group(v, r)] : [];
    }
    // "the Sunday Star": a member the recogniser did find
    const r = v.refs.find((x) => x.ti === j && x.kind === 'name' && !x.possessive);
    if (r && (v.lowers[r.tj] === ',' || v.lowers[r.tj] === 'and')) {
      if (!exclude.has(r.key)) named.push(r);
      j = r.tj - 1;
      continue;
    }
    const t = v.ctx.tokens.tokens[j];
    if (r || !((t.word && t.cap) || w === ',' || w === 'the')) return [];
  }
  return [];
}

/** A capitalised word inside no name, and no title, nationality or month: an unrecognised name. */
function unknownName(v: SentenceView, k: number): boolean {
  const t = v.ctx.tokens.tokens[k];
  if (!t.word || !t.cap || v.refs.some((r) => r.ti <= k && k < r.tj)) return false;
  const w = t.lower.replace(/\.$/, '');
  if (v.words['person-titles'].has(w) || v.words['government-titles'].has(w)) return false;
  if (v.ctx.lexicon.demonyms.has(w) || CALENDAR.has(w)) return false;
  // a modifier of the name after it: "Swiss-based Lumo", "rival Norvex"
  return !v.refs.some((r) => r.ti === k + 1);
}
