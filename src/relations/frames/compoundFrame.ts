import type { EntityRef } from '../../entities/recognizeEntities.js';
import { nameKey } from '../../entities/nameKey.js';
import { byAgent, subject, type SentenceView } from '../clause/index.js';
import { pairs, triggerText, type Candidate, type Frame } from './frame.js';
import { wordSet } from '../../lexicon/wordSet.js';
import { longestMatch } from '../../lexicon/phraseTrie.js';

const COPULAS = wordSet('copulas');
const AUXILIARIES = wordSet('passive-auxiliaries');

/**
 * A hyphenated participle (data/triggers kind `compound`): "the Halden-owned Corvane" (the name
 * before the hyphen owns the name after the word), "Corvane is majority-owned by Halden" and
 * "Corvane, 80 per cent-owned by Halden," (the by-agent owns the subject or the name before the
 * comma; a minority share owns nothing).
 */
export function compoundFrame(v: SentenceView, f: Frame): Candidate[] {
  const token = v.ctx.tokens.tokens[f.ti].text;
  const prefix = token.slice(0, token.lastIndexOf('-'));
  const trig = triggerText(v, f);
  if (v.lowers[f.tj] === 'by') {
    const share = shareBefore(v, f.ti, prefix);
    if (share === undefined || share <= 50) return [];
    const owner = byAgent(v, f.tj, 1);
    const owned = ownedBefore(v, share === 100 ? f.ti : percentStart(v, f.ti));
    return pairs(v, f.ti, f.form.relation, owner, owned, 0.75, trig);
  }
  if (!/^\p{Lu}/u.test(prefix)) return [];
  // "the US-owned Qadira", "Borlish-owned": a nationality, not a named owner
  const lower = prefix.toLowerCase();
  if (v.ctx.lexicon.demonyms.has(lower) || longestMatch(v.ctx.lexicon.countries, [lower], 0)) return [];
  const owner = ownerRef(v, f.ti, prefix);
  const owned = ownedAfter(v, f.tj);
  if (!owner || !owned) return [];
  return pairs(v, f.ti, f.form.relation, [owner], [owned], 0.75, trig).map((c) => ({ ...c, stative: true }));
}

/** "majority-owned", "wholly-owned" (100); "80 per cent-owned", "80%-owned" (80); else undefined. */
function shareBefore(v: SentenceView, ti: number, prefix: string): number | undefined {
  const L = v.lowers;
  if (/^(majority|wholly|fully)$/i.test(prefix)) return 100;
  if (/^cent$/i.test(prefix) && L[ti - 1] === 'per') return Number(L[ti - 2]);
  if (/^\d+(\.\d+)?%$/.test(prefix)) return Number(prefix.slice(0, -1));
  if (/^\d+(\.\d+)?%?$/.test(L[ti - 2] ?? '') && L[ti - 1] === '%' && prefix === '') return Number(L[ti - 2]);
  return undefined;
}

/** The first token of "80 per cent-owned" / "80 %-owned" ending at ti. */
function percentStart(v: SentenceView, ti: number): number {
  return /^\d/.test(v.lowers[ti - 2] ?? '') ? ti - 2 : ti;
}

/** "Corvane is majority-owned by": the subject; "Corvane, 80 per cent-owned by": the name before the comma. */
function ownedBefore(v: SentenceView, k: number): EntityRef[] {
  const L = v.lowers;
  if (L[k - 1] === ',')
    return v.refs.filter((r) => r.tj === k - 1 && !r.possessive && r.kind === 'name').slice(-1);
  if (COPULAS.has(L[k - 1] ?? '') || AUXILIARIES.has(L[k - 1] ?? '')) return subject(v, k - 1, false);
  return [];
}

/**
 * The owner before the hyphen: the part recognised as a name ("Halden-owned"), or a name of the
 * document that the capitalised words before it complete ("Halden Capital-owned").
 */
function ownerRef(v: SentenceView, ti: number, prefix: string): EntityRef | undefined {
  const part = v.refs.find((r) => r.ti === ti && r.part && r.text === prefix);
  if (part) return part;
  const tokens = v.ctx.tokens.tokens;
  const synthetic = (key: string, from: number, text: string): EntityRef => ({
    key,
    sentence: v.ctx.tokens.sentence.index,
    ti: from,
    tj: ti + 1,
    start: tokens[from].start,
    end: tokens[ti].start + prefix.length,
    text,
    kind: 'name',
    possessive: false,
    part: true,
  });
  for (let m = 1; m <= 3 && ti - m >= 0 && tokens[ti - m].cap; m++) {
    const words = [...tokens.slice(ti - m, ti).map((t) => t.text), prefix].join(' ');
    const key = nameKey(words);
    const ent = [...v.ctx.entities.values()].find(
      (e) => e.key === key || [...e.aliases].some((a) => nameKey(a) === key),
    );
    if (ent) return synthetic(ent.key, ti - m, words);
  }
  // "Felder Bank ... the Felder-owned Qadira": the short form of the one firm whose name it opens
  const firms = [...v.ctx.entities.values()].filter(
    (e) => e.type === 'Organization' && e.name.includes(' ') && e.name.split(' ')[0] === prefix,
  );
  return firms.length === 1 ? synthetic(firms[0].key, ti, prefix) : undefined;
}

/** "the Halden-owned Corvane", "the Halden-owned retail chain Corvane": the name after a few lower-case words. */
function ownedAfter(v: SentenceView, tj: number): EntityRef | undefined {
  for (let k = tj; k < Math.min(v.n, tj + 4); k++) {
    const r = v.refs.find((x) => x.ti === k && x.kind !== 'pronoun');
    if (r) return r.possessive ? undefined : r;
    const t = v.ctx.tokens.tokens[k];
    if (!t.word || t.cap || v.words.prepositions.has(t.lower) || v.words.auxiliaries.has(t.lower))
      return undefined;
  }
  return undefined;
}
