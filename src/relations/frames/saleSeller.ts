import { findCue } from '../cues.js';
import { nounObjectStart, objectAfter, subject, type SentenceView } from '../clause/index.js';
import { pairs, triggerText, type Candidate, type Frame } from './frame.js';

/**
 * The seller of a sale noun owns (or owned) what is sold: "Halden completed the sale of Brix to
 * Marlow", "Halden agreed the sale of Brix to Marlow" (Halden OWNS Brix). Only a subject that
 * completes, closes or agrees the sale (data/lexicon/seller-acts.txt) is the seller: "Tom Lee's forced sale of Brix", "the
 * Ministry ordered the sale of Brix" name one who made another sell. Read once per trigger, on its
 * ACQUIRED reading.
 */
export function saleSeller(v: SentenceView, f: Frame): Candidate[] {
  if (f.form.relation !== 'ACQUIRED') return [];
  const objStart = nounObjectStart(v, f.tj);
  if (objStart < 0 || v.lowers[objStart - 1] !== 'of') return [];
  const sold = objectAfter(v, objStart, new Set(), 6).filter((r) => r.kind === 'name');
  const seller = subject(v, f.ti, false).filter((r) => !r.possessive && r.kind !== 'pronoun');
  if (sold.length === 0 || seller.length === 0) return [];
  const from = Math.max(...seller.map((r) => r.tj));
  const L = v.lowers;
  const own =
    findCue(v.ctx.lexicon.phrases['deal-completion'], L, from, f.ti) !== undefined ||
    L.slice(from, f.ti).some((w) => v.words['seller-acts'].has(w));
  if (!own) return [];
  const soldKeys = new Set(sold.map((r) => r.key));
  return pairs(
    v,
    f.ti,
    'OWNS',
    seller.filter((r) => !soldKeys.has(r.key)),
    sold,
    0.7,
    triggerText(v, f),
  );
}
