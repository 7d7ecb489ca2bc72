import type { TriggerForm } from '../../lexicon/compileLexicon.js';
import type { EntityRef } from '../../entities/recognizeEntities.js';
import type { RelationType } from '../../types.js';
import { ALLOWED_TYPES } from '../allowedTypes.js';
import type { SentenceView } from '../clause/index.js';

/** A trigger found in the sentence: tokens [ti, tj) and what the lexicon says it means. */
export interface Frame {
  ti: number;
  tj: number;
  form: TriggerForm;
}

/** A relation a frame read, before polarity and de-duplication. */
export interface Candidate {
  type: RelationType;
  source: EntityRef;
  target: EntityRef;
  confidence: number;
  trigger: string;
  /** Token index of the trigger (negation and hedges are looked for around it). */
  at: number;
  /** Stated in an apposition ("Corvane, Halden's unit,"): the clause's modal does not hedge it. */
  stative?: boolean;
}

/** A frame family: reads the arguments of one trigger and returns the relations it states. */
export type FrameReader = (v: SentenceView, f: Frame) => Candidate[];

/** The trigger's words as written: "took over". */
export function triggerText(v: SentenceView, f: Frame): string {
  return v.ctx.tokens.tokens
    .slice(f.ti, f.tj)
    .map((t) => t.text)
    .join(' ');
}

/** A reference's weight: a name is sure, a descriptor ("the company") less, a pronoun least. */
const weight = (r: EntityRef): number => (r.kind === 'pronoun' ? 0.75 : r.kind === 'descriptor' ? 0.85 : 1);

/**
 * Every allowed source x target pair as a candidate. A pair naming one entity twice tries a
 * pronoun's second antecedent; types outside ALLOWED_TYPES are dropped; a regulator is a
 * Government or an official, and a Government is never regulated.
 */
export function pairs(
  v: SentenceView,
  at: number,
  type: RelationType,
  sources: readonly EntityRef[],
  targets: readonly EntityRef[],
  confidence: number,
  trigger: string,
): Candidate[] {
  const allowed = ALLOWED_TYPES[type];
  const out: Candidate[] = [];
  for (const s0 of sources) {
    for (const t0 of targets) {
      let s = s0;
      let t = t0;
      if (s.key === t.key && t.alt) t = { ...t, key: t.alt };
      else if (s.key === t.key && s.alt) s = { ...s, key: s.alt };
      if (s.key === t.key) continue;
      const st = v.ctx.entities.get(s.key);
      const tt = v.ctx.entities.get(t.key);
      if (!st || !tt || !allowed.source.includes(st.type) || !allowed.target.includes(tt.type)) continue;
      if (
        type === 'REGULATES' &&
        st.type === 'Person' &&
        !st.official &&
        !sameOffice(v, s) &&
        !apposedOffice(v, s)
      )
        continue;
      if (type === 'REGULATES' && tt.type === 'Government') continue;
      out.push({ type, source: s, target: t, confidence: confidence * weight(s) * weight(t), trigger, at });
    }
  }
  return out;
}

/**
 * "Trade Secretary Tom Hale's predecessor, Ana Ruiz": the one who held or holds an official's
 * office before or after them is an official too.
 */
function sameOffice(v: SentenceView, r: EntityRef): boolean {
  const L = v.lowers;
  if (L[r.ti - 1] !== ',' || !/^(predecessor|successor)$/.test(L[r.ti - 2] ?? '')) return false;
  const end = /^('s|’s|'|’)$/.test(L[r.ti - 3] ?? '') ? r.ti - 3 : -1;
  const holder = v.refs.find((x) => x.tj === end || (x.possessive && x.tj === end));
  return holder !== undefined && v.ctx.entities.get(holder.key)?.official === true;
}

/**
 * "The Borland finance minister, Tom Lee, cleared the bid", "Ana Ruiz, the trade secretary, said": a
 * state office in apposition makes the person an official (lower-case words and a place between).
 */
function apposedOffice(v: SentenceView, r: EntityRef): boolean {
  const L = v.lowers;
  const titles = v.ctx.lexicon.words['government-titles'];
  const office = (from: number, to: number): boolean =>
    L.slice(Math.max(0, from), to).some((w) => titles.has(w)) &&
    L.slice(Math.max(0, from), to).every((w) => w !== ',' && !v.words.prepositions.has(w));
  // before: "the finance minister, Tom Lee," (the title ends right before the comma)
  if (L[r.ti - 1] === ',' && titles.has(L[r.ti - 2] ?? '') && office(r.ti - 5, r.ti - 1)) return true;
  // after: "Tom Lee, the trade secretary,"
  if (L[r.tj] !== ',' || !/^(the|a)$/.test(L[r.tj + 1] ?? '')) return false;
  const close = L.indexOf(',', r.tj + 1);
  return close > 0 && close - r.tj <= 5 && titles.has(L[close - 1]);
}
