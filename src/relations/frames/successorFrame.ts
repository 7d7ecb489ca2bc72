import { longestMatch } from '../../entities/phraseTrie.js';
import { objectAfter, subject, typeOf, type SentenceView } from '../clause/index.js';
import { agentFrame } from './agentFrame.js';
import { pairs, triggerText, type Candidate, type Frame } from './frame.js';

/**
 * "Qadira chief executive Ana Ruiz, who succeeded Tom Lee last month," -> Tom Lee LEADS Qadira (a
 * former role): the one replaced held the role its successor holds in the same sentence.
 */
export function successorFrame(v: SentenceView, f: Frame): Candidate[] {
  const successor = subject(v, f.ti, f.form.form === 'gerund').filter((r) => typeOf(v, r) === 'Person');
  if (successor.length !== 1) return [];
  const replaced = objectAfter(v, f.tj, new Set([successor[0].key]), 4).filter(
    (r) => typeOf(v, r) === 'Person',
  );
  if (replaced.length === 0) return [];
  // the organisations the successor leads, read from the titles in this sentence
  const orgs = new Map<string, Candidate['target']>();
  for (let k = 0; k < v.n; k++) {
    const m = longestMatch(v.ctx.lexicon.triggers, v.lowers, k);
    const title = m?.values.find((t) => t.relation === 'LEADS' && t.kind === 'agent');
    if (!m || !title) continue;
    for (const c of agentFrame(v, { ti: k, tj: m.end, form: title }))
      if (c.source.key === successor[0].key) orgs.set(c.target.key, c.target);
    k = m.end - 1;
  }
  return pairs(v, f.ti, 'LEADS', replaced, [...orgs.values()], 0.6, `${triggerText(v, f)} (former)`);
}
