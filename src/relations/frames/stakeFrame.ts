import type { EntityRef } from '../../entities/recognizeEntities.js';
import { objectAfter, passive, prepositional, subject, type SentenceView } from '../clause/index.js';
import { pairs, triggerText, type Candidate, type Frame } from './frame.js';
import { NOT_REALIS } from './verbFrame.js';
import { wordSet } from '../../lexicon/wordSet.js';

/** "75 per cent", "51%", "just over 50 percent": the percentage written from token k, or -1. */
export function percentAt(v: SentenceView, k: number): { value: number; end: number } | undefined {
  const L = v.lowers;
  const value = Number(L[k]?.replace(/,/g, ''));
  if (!Number.isFinite(value) || !/^\d/.test(L[k] ?? '')) return undefined;
  if (L[k + 1] === '%' || L[k + 1] === 'percent') return { value, end: k + 2 };
  if (L[k + 1] === 'per' && L[k + 2] === 'cent') return { value, end: k + 3 };
  return undefined;
}

const STAKE_NOUNS = wordSet('stake-nouns');
const APPROX = wordSet('percent-approximators');
/** "has a 75% stake": the forms of "have", whose percentage must follow it closely. */
const HAVE = new Set(['has', 'have', 'had', 'having']);

/**
 * A majority holding: "Halden Capital holds about 75 per cent of Corvane's shares", "Halden owns 51%
 * of Corvane" (Halden OWNS Corvane). A minority ("holds 9 per cent of") is no ownership.
 */
export function stakeFrame(v: SentenceView, f: Frame): Candidate[] {
  if (passive(v, f.ti, f.form.form)) return [];
  // "will buy a 60% stake in Corvane", "agreed to take a 70% holding": not owned yet
  if (NOT_REALIS.has(v.lowers[f.ti - 1] ?? '') || NOT_REALIS.has(v.lowers[f.ti - 2] ?? '')) return [];
  for (let k = f.tj; k < Math.min(v.n, f.tj + 4); k++) {
    // "has lost 60% of its value": another verb's object
    if (HAVE.has(v.lowers[f.ti]) && !APPROX.has(v.lowers[k]) && !/^\d/.test(v.lowers[k])) return [];
    const pct = percentAt(v, k);
    if (!pct) continue;
    // "holds a 75% stake in Corvane", "bought a 60 per cent holding in Corvane"
    if (STAKE_NOUNS.has(v.lowers[pct.end] ?? '')) pct.end += 1;
    if (pct.value <= 50) return [];
    const owner = subject(v, f.ti, f.form.form === 'gerund');
    // "Corvane, in which Halden holds 60 per cent, ...": the name before ", in which"
    if (!/^(of|in)$/.test(v.lowers[pct.end] ?? '')) {
      const held = inWhichHolding(v, f.ti);
      return held ? pairs(v, f.ti, f.form.relation, [held.holder], [held.held], 0.75, triggerText(v, f)) : [];
    }
    // "own 61.5 percent of it": a pronoun here often stands for a venture we have no name for
    const owned = objectAfter(v, pct.end + 1, new Set(owner.map((r) => r.key)), 4).filter(
      (r) => r.kind === 'name',
    );
    return pairs(v, f.ti, f.form.relation, owner, owned, 0.75, triggerText(v, f));
  }
  return [];
}

/**
 * "Corvane, in which Halden holds 60 per cent": the holder opens the relative clause right before
 * the stake verb at ti, the name before ", in which" (or ", of which") is held.
 */
function inWhichHolding(v: SentenceView, ti: number): { holder: EntityRef; held: EntityRef } | undefined {
  const L = v.lowers;
  const holder = v.refs.find((r) => r.tj === ti && r.kind === 'name' && !r.possessive);
  if (!holder) return undefined;
  const w = holder.ti - 1;
  if (L[w] !== 'which' || !/^(in|of)$/.test(L[w - 1] ?? '') || L[w - 2] !== ',') return undefined;
  // "a venture with Qadira, in which Halden holds 60%": not a preposition's object
  const held = v.refs.filter((r) => r.tj === w - 2 && r.kind === 'name' && !r.possessive).at(-1);
  return held && !prepositional(v, held) && held.key !== holder.key ? { holder, held } : undefined;
}
