import type { EntityRef } from '../../entities/recognizeEntities.js';
import { longestMatch } from '../../lexicon/phraseTrie.js';
import { objectAfter, subject, typeOf, type SentenceView } from '../clause/index.js';
import { agentFrame } from './agentFrame.js';
import { appointFrame } from './appointFrame.js';
import { pairs, triggerText, type Candidate, type Frame } from './frame.js';

/** Every role the sentence's titles and appointments give: "Qadira chief executive Ana Ruiz" -> Ana Ruiz LEADS Qadira. */
function titledRoles(v: SentenceView): Candidate[] {
  const roles: Candidate[] = [];
  for (let k = 0; k < v.n; k++) {
    const m = longestMatch(v.ctx.lexicon.triggers, v.lowers, k);
    const title = m?.values.find(
      (t) => t.relation === 'LEADS' && (t.kind === 'agent' || t.kind === 'appoint'),
    );
    if (!m || !title) continue;
    // "Qadira named Ana Ruiz as chief executive, replacing Tom Lee": an appointment gives a role too
    const read = title.kind === 'agent' ? agentFrame : appointFrame;
    roles.push(...read(v, { ti: k, tj: m.end, form: title }));
    k = m.end - 1;
  }
  return roles;
}

/**
 * "Qadira chief executive Ana Ruiz, who succeeded Tom Lee last month," -> Tom Lee LEADS Qadira (a
 * former role): the one replaced held the role its successor holds in the same sentence. The
 * successor is the verb's subject, or the one person the sentence gives a role ("Qadira named Ana
 * Ruiz as chief executive, replacing Tom Lee").
 */
export function successorFrame(v: SentenceView, f: Frame): Candidate[] {
  const roles = titledRoles(v);
  let successor: EntityRef | undefined = subject(v, f.ti, f.form.form === 'gerund').find(
    (r) => typeOf(v, r) === 'Person',
  );
  const holders = new Set(roles.map((c) => c.source.key));
  if (!successor && holders.size === 1) successor = roles[0].source;
  if (!successor) return [];
  const replaced = objectAfter(v, f.tj, new Set([successor.key]), 4).filter((r) => typeOf(v, r) === 'Person');
  if (replaced.length === 0) return [];
  const orgs = new Map<string, EntityRef>();
  for (const c of roles) if (c.source.key === successor.key) orgs.set(c.target.key, c.target);
  // "Ana Ruiz would come back to lead Qadira, replacing Tom Lee": the one replaced holds the role
  // whatever the successor's mood, so the clause's modal does not hedge it
  return pairs(v, f.ti, 'LEADS', replaced, [...orgs.values()], 0.6, `${triggerText(v, f)} (former)`).map(
    (c) => ({
      ...c,
      stative: true,
    }),
  );
}
