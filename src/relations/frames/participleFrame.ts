import type { EntityRef } from '../../entities/recognizeEntities.js';
import { isVerbLike } from '../../nlp.js';
import { group, passive, POSS, type SentenceView } from '../clause/index.js';
import { pairs, triggerText, type Candidate, type Frame } from './frame.js';
import { wordSet } from '../../lexicon/wordSet.js';

/** Words a reduced passive may sit behind: "Corvane, 40% owned by", "Qadira, now run by". */
const BETWEEN = new Set([',', '%', '-', ...wordSet('reduced-passive-fillers')]);

/**
 * The "by" after a past participle that has no auxiliary before it: "Corvane, 40% owned by Halden"
 * (a reduced passive). Returns the index of "by", or -1.
 */
export function reducedPassiveBy(v: SentenceView, f: Frame): number {
  const L = v.lowers;
  // "Vessel Bank, run by Ana Ruiz": a participle spelt like the base form, after a comma
  const participle = f.form.form === 'past' || (f.form.form === 'base' && L[f.ti - 1] === ',');
  if (!participle || passive(v, f.ti, 'past')) return -1;
  // "jointly owned by", "owned outright by": one adverb may sit between
  if (L[f.tj] === 'by') return f.tj;
  if (L[f.tj + 1] === 'by' && /ly$|^outright$/.test(L[f.tj] ?? '')) return f.tj + 1;
  return -1;
}

/** The name a participle modifies: "Kestrel Air, the budget carrier controlled by ..." -> Kestrel Air. */
export function participleHead(v: SentenceView, ti: number, possessorHead: boolean): EntityRef | undefined {
  const L = v.lowers;
  let k = ti - 1;
  while (k >= 0 && /ly$/.test(L[k])) k--; // "wholly", "majority" handled below
  let nouns = 0;
  for (let steps = 0; k >= 0 && steps < 9; k--, steps++) {
    // "Qadira Holdings' board": a bare apostrophe after a name in -s is a possessive too
    const apostrophe = /^['’]$/.test(L[k]) && /s$/.test(L[k - 1] ?? '');
    const r = v.refs.filter((x) => x.tj === k + 1 || ((POSS.has(L[k]) || apostrophe) && x.tj === k)).at(-1);
    // "Qadira's board, chaired by Tom Lee" leads Qadira; "Qadira's plane, owned by Halden" is not Qadira;
    // "its own management team led by" is the team's, not what "its" stands for
    // (but "its board, chaired by Tom Lee": the board of what "its" stands for)
    if (r && r.kind === 'pronoun' && !(possessorHead && governingBody(v, r.tj, ti))) return undefined;
    // "Halden, the Portuguese insurer run by Ana Ruiz", "Halden, the Borland lender chaired by": a
    // descriptor in apposition (or a name modifying its noun) means the name before its comma
    const open = r ? appositionComma(v, r, nouns) : -1;
    const apposed = open > 0 && L[open] === ',' ? nameBefore(v, open) : undefined;
    if (apposed) return apposed;
    // "the Qadira cargo drone, 30 percent owned by Halden": a name before a common noun modifies it
    if (r && r.kind === 'pronoun') return r;
    if (r && !r.possessive && r.tj < ti && isNounWord(v, r.tj)) return undefined;
    if (r) return !(r.possessive || r.tj === k) || possessorHead ? r : undefined;
    const w = L[k];
    const t = v.ctx.tokens.tokens[k];
    if (w === ')') {
      // "the Borland Labour Party (BLP), chaired by": skip the parenthesis
      while (k > 0 && L[k] !== '(') k--;
      continue;
    }
    if (BETWEEN.has(w) || /^\d/.test(w) || w === 'majority' || w === 'partly' || w === 'wholly') continue;
    if (!t.word) return undefined;
    nouns++;
    // descriptor words of an apposition: "the Tarsk-based budget carrier"
    // "the Tarsk-based budget carrier": a hyphenated modifier may be capitalised
    if ((t.cap && !w.includes('-')) || v.words.prepositions.has(w) || v.words['clause-boundaries'].has(w))
      return undefined;
    // a finite verb ends the apposition ("Norvex said ... owned by"), a noun such as "budget" does not
    if (v.words.auxiliaries.has(w) || v.words['speech-verbs'].has(w)) return undefined;
    if (/ed$/.test(w) && !w.includes('-') && isVerbLike(w)) return undefined;
  }
  return undefined;
}

const BODIES = wordSet('governing-bodies');

/** Is the phrase [k, ti) a governing body and its comma: "board,", "management board,", "board of directors,"? */
function governingBody(v: SentenceView, k: number, ti: number): boolean {
  const words = v.lowers.slice(k, ti).filter((w) => w !== ',');
  return (
    words.length > 0 &&
    words.length <= 3 &&
    words.some((w) => BODIES.has(w)) &&
    words.every((w) => !v.words.prepositions.has(w) || w === 'of')
  );
}

/** The comma opening the apposition a descriptor (or a name after its "the", nouns later) stands in, else -1. */
function appositionComma(v: SentenceView, r: EntityRef, nouns: number): number {
  if (r.kind === 'descriptor') return r.ti - 1;
  return nouns > 0 && /^(the|a|an)$/.test(v.lowers[r.ti - 1]) ? r.ti - 2 : -1;
}

/** The name ending right before token k, not a possessor: "Halden" of "Halden, the Borland bank". */
const nameBefore = (v: SentenceView, k: number): EntityRef | undefined =>
  v.refs.filter((x) => x.tj === k && x.kind === 'name' && !x.possessive).at(-1);

/** A lower-case word that is not a link of an apposition: "drone" in "Qadira cargo drone", not "now" or "the". */
function isNounWord(v: SentenceView, k: number): boolean {
  const t = v.ctx.tokens.tokens[k];
  return (
    t !== undefined &&
    t.word &&
    !t.cap &&
    !BETWEEN.has(t.lower) &&
    !/ly$/.test(t.lower) &&
    !/^\d/.test(t.lower)
  );
}

/** The agent after "by", past titles: "led by chief executive Tom Lee", "run by President and CEO Ana Ruiz". */
function agentAfterBy(v: SentenceView, by: number): EntityRef[] {
  for (let k = by + 1; k < Math.min(v.n, by + 9); k++) {
    const r = v.refs.find((x) => x.ti === k);
    // "owned by Ana Ruiz's Halden Capital": the possessor only modifies the agent
    // ("founded by Tom Hales' 2016 campaign": a plural possessive is written with a bare apostrophe)
    const possessive = r !== undefined && (r.possessive || /^['’]$/.test(v.lowers[r.tj] ?? ''));
    if (r && !possessive) return group(v, r);
    if (r) continue;
    const t = v.ctx.tokens.tokens[k];
    if (POSS.has(t.lower)) continue;
    if (!t.word || v.words['clause-boundaries'].has(t.lower) || v.words.prepositions.has(t.lower)) break;
  }
  return [];
}

/**
 * A reduced passive: "Corvane, 40% owned by Halden Capital, said" (Halden OWNS Corvane), "Qadira,
 * run by Ana Ruiz since 2015," (Ana Ruiz LEADS Qadira), "Pexo, acquired by Norvex in 2019,". The agent
 * after "by" is the source, the name the participle follows the target. A participle is done, so a
 * purchase read this way is ACQUIRED, never BID_FOR.
 */
export function participleFrame(v: SentenceView, f: Frame): Candidate[] {
  const by = reducedPassiveBy(v, f);
  if (by < 0 || f.form.relation === 'BID_FOR') return [];
  const head = participleHead(v, f.ti, f.form.relation === 'LEADS');
  const src = agentAfterBy(v, by);
  if (!head || src.length === 0) return [];
  return pairs(v, f.ti, f.form.relation, src, [head], 0.8, triggerText(v, f));
}
