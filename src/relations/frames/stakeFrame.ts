import { objectAfter, passive, subject, type SentenceView } from '../clause/index.js';
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

/**
 * A majority holding: "Halden Capital holds about 75 per cent of Corvane's shares", "Halden owns 51%
 * of Corvane" (Halden OWNS Corvane). A minority ("holds 9 per cent of") is no ownership.
 */
export function stakeFrame(v: SentenceView, f: Frame): Candidate[] {
  if (passive(v, f.ti, f.form.form)) return [];
  // "will buy a 60% stake in Corvane", "agreed to take a 70% holding": not owned yet
  if (NOT_REALIS.has(v.lowers[f.ti - 1] ?? '') || NOT_REALIS.has(v.lowers[f.ti - 2] ?? '')) return [];
  for (let k = f.tj; k < Math.min(v.n, f.tj + 4); k++) {
    const pct = percentAt(v, k);
    if (!pct) continue;
    // "holds a 75% stake in Corvane", "bought a 60 per cent holding in Corvane"
    if (STAKE_NOUNS.has(v.lowers[pct.end] ?? '')) pct.end += 1;
    if (pct.value <= 50 || !/^(of|in)$/.test(v.lowers[pct.end] ?? '')) return [];
    const owner = subject(v, f.ti, f.form.form === 'gerund');
    // "own 61.5 percent of it": a pronoun here often stands for a venture we have no name for
    const owned = objectAfter(v, pct.end + 1, new Set(owner.map((r) => r.key)), 4).filter(
      (r) => r.kind === 'name',
    );
    return pairs(v, f.ti, f.form.relation, owner, owned, 0.75, triggerText(v, f));
  }
  return [];
}
