import type { EntityRef } from '../../entities/recognizeEntities.js';
import { longestMatch } from '../../entities/phraseTrie.js';
import { clauseStart } from './clauseBounds.js';
import { group } from './group.js';
import { prepositional } from './prepositional.js';
import { relativeAntecedent, relativePronounBefore } from './relativeAntecedent.js';
import type { SentenceView } from './sentenceView.js';

/** Words that join a gerund clause to its main clause: "after rejecting Norvex's bid". */
const GERUND_LINKS = new Set(['after', 'before', 'while', 'since', 'by', 'on', 'when', 'without']);

/**
 * The subject of the clause holding token ti (with the names coordinated with it). Of "Norvex
 * chief executive Ana Ruiz", the person is the subject, or the organisation when the verb is
 * one the organisation does through her (actor "organisation": "... rejected the offer").
 */
export function subject(
  v: SentenceView,
  ti: number,
  gerund: boolean,
  actor: 'person' | 'organisation' = 'person',
): EntityRef[] {
  let cs = clauseStart(v, ti);
  let inClause = v.refs.filter((r) => r.ti >= cs && r.tj <= ti);
  // "agreed to buy", "an offer from Norvex to acquire": an infinitive's subject is the nearest name before it
  if (v.lowers[ti - 1] === 'to') {
    const near = inClause.at(-1); // "Norvex's bid to take over Qadira"
    if (near) return [near];
  }
  // "Halden Capital, which owns Corvane": a subject relative clause is about its antecedent, and
  // about nothing else when that is not a name we know
  if (relativePronounBefore(v, ti) >= 0) {
    const antecedent = relativeAntecedent(v, ti);
    return antecedent ? [antecedent] : [];
  }
  // "after rejecting Norvex's bid": the subject is the main clause's
  if (gerund && inClause.length === 0 && cs > 0 && GERUND_LINKS.has(v.lowers[cs - 1])) {
    cs = clauseStart(v, cs - 1);
    inClause = v.refs.filter((r) => r.ti >= cs && r.tj <= ti);
  }
  let head =
    inClause.find((r) => !r.possessive && !prepositional(v, r)) ?? inClause.find((r) => !prepositional(v, r));
  // "Norvex chief executive Ana Ruiz said": the subject is the person, not the company
  const title = head ? longestMatch(v.ctx.lexicon.triggers, v.lowers, head.tj) : undefined;
  if (actor === 'person' && head && title?.values.some((t) => t.relation === 'LEADS' && t.kind === 'agent')) {
    head = inClause.find((r) => r.ti === title.end) ?? head;
  }
  return head ? group(v, head) : [];
}
