import type { EntityRef } from '../../entities/recognizeEntities.js';
import { longestMatch } from '../../lexicon/phraseTrie.js';
import { group, typeOf, type SentenceView } from '../clause/index.js';
import { wordSet } from '../../lexicon/wordSet.js';

const ARTICLES = wordSet('articles');

/**
 * The named leaders of an unnamed group written from token k: "a consortium led by Norvex and
 * Halden" -> Norvex, Halden; "a group headed by US private equity firm Marlow" -> Marlow.
 */
export function groupLeader(v: SentenceView, k: number): EntityRef[] {
  const L = v.lowers;
  let j = k;
  if (ARTICLES.has(L[j] ?? '')) j++;
  // "a rival consortium", "an investor group": up to two words before the group noun
  let noun = -1;
  for (let s = j; s < Math.min(v.n, j + 3); s++) {
    const m = longestMatch(v.ctx.lexicon.phrases['group-nouns'], L, s);
    if (m) {
      noun = m.end;
      break;
    }
    if (!v.ctx.tokens.tokens[s].word) return [];
  }
  if (noun < 0) return [];
  const led = longestMatch(v.ctx.lexicon.triggers, L, noun);
  if (!led?.values.some((t) => t.relation === 'LEADS' && t.kind === 'verb' && t.form === 'past')) return [];
  if (L[led.end] !== 'by') return [];
  for (let s = led.end + 1; s < Math.min(v.n, led.end + 8); s++) {
    const r = v.refs.find((x) => x.ti === s);
    // "led by US private equity firm Marlow": a country before the descriptor only locates it
    const country = r && longestMatch(v.ctx.lexicon.countries, L, r.ti)?.end === r.tj;
    if (r && !country && typeOf(v, r) !== 'Place') return group(v, r);
    if (!v.ctx.tokens.tokens[s].word || v.words['clause-boundaries'].has(L[s])) break;
  }
  return [];
}
