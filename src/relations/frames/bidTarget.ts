import type { EntityRef } from '../../entities/recognizeEntities.js';
import { byAgent, clauseEnd, clauseStart, subject, type SentenceView } from '../clause/index.js';
import { longestMatch } from '../../lexicon/phraseTrie.js';

/**
 * The target of a bid named with no object, read from how it is answered: "Qadira rejected
 * Norvex's offer", "Qadira's board agreed to a takeover by Norvex" (the answering subject), "Norvex's
 * approach was rebuffed by Qadira" (the by-agent). `exclude` holds the bidder.
 */
export function bidTarget(v: SentenceView, ti: number, tj: number, exclude: Set<string>): EntityRef[] {
  const responses = v.ctx.lexicon.phrases['bid-responses'];
  const L = v.lowers;
  const keep = (rs: EntityRef[]): EntityRef[] => rs.filter((r) => !exclude.has(r.key));
  for (let k = Math.max(clauseStart(v, ti), ti - 10); k < ti; k++) {
    if (longestMatch(responses, L, k)) return keep(subject(v, k, false));
  }
  const ce = clauseEnd(v, tj);
  for (let k = tj; k < Math.min(ce, tj + 8); k++) {
    const m = longestMatch(responses, L, k);
    // "rejected by owner Qadira": an owner answers for what it owns, it is not the one bid for
    const owner = m && v.refs.some((r) => r.ti > m.end && ownerTitleBefore(v, r.ti, m.end));
    if (m) return owner ? [] : keep(byAgent(v, m.end, 2));
  }
  return [];
}

/** Is an owner title ("owner", "parent company") written between `from` and the name at ti? */
function ownerTitleBefore(v: SentenceView, ti: number, from: number): boolean {
  for (let k = from; k < ti; k++) {
    const m = longestMatch(v.ctx.lexicon.triggers, v.lowers, k);
    if (m?.end === ti && m.values.some((t) => t.relation === 'OWNS' && t.kind === 'agent')) return true;
  }
  return false;
}
