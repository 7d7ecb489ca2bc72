import type { EntityRef } from '../../entities/recognizeEntities.js';
import { clauseEnd, nounObjectStart, objectAfter, type SentenceView } from '../clause/index.js';
import { pairs, triggerText, type Candidate, type Frame } from './frame.js';
import { nounFrame } from './nounFrame.js';
import { percentAt } from './stakeFrame.js';
import { wordSet } from '../../lexicon/wordSet.js';

/** Words between a name's comma and the venture noun: "Pexo Air, a 50-50 joint venture". */
const APPOSITION = wordSet('venture-apposition-words');

/**
 * A joint venture: "a joint venture with Qadira" is read as any partnership noun; in apposition
 * ("Pexo Air, a joint venture with Qadira in which Norvex owns 60%") the name before it is
 * the venture, the "with" object and the holder are partners, and a majority holder owns the venture.
 */
export function ventureFrame(v: SentenceView, f: Frame): Candidate[] {
  const L = v.lowers;
  // "signed a joint software venture with Qadira": a bare "venture" only after "joint"
  if (L[f.ti] === 'venture' && !L.slice(Math.max(0, f.ti - 3), f.ti).includes('joint')) return [];
  const venture = apposedName(v, f.ti);
  if (!venture) return nounFrame(v, f);
  const trig = triggerText(v, f);
  const objStart = nounObjectStart(v, f.tj);
  const partners =
    objStart >= 0 && /^(with|between)$/.test(L[objStart - 1])
      ? objectAfter(v, objStart, new Set([venture.key]), 6)
      : [];
  const holder = holderAfter(v, f.tj, venture);
  const out: Candidate[] = [];
  if (holder) {
    out.push(...pairs(v, f.ti, 'PARTNERED_WITH', [holder.ref], partners, 0.75, trig));
    // "in which Norvex owns 60%": a majority holder owns the venture
    if (holder.percent > 50) out.push(...pairs(v, f.ti, 'OWNS', [holder.ref], [venture], 0.75, trig));
  } else if (L[objStart - 1] === 'between' && partners.length >= 2) {
    // "Pexo Air, a joint venture between Norvex and Qadira"
    out.push(...pairs(v, f.ti, 'PARTNERED_WITH', partners.slice(0, 1), partners.slice(1), 0.75, trig));
  }
  return out;
}

/** "Pexo Air, a joint venture", "Pexo Air is a joint venture": the name the venture noun describes. */
function apposedName(v: SentenceView, ti: number): EntityRef | undefined {
  let k = ti - 1;
  while (k > 0 && ti - k <= 4 && v.lowers[k] !== ',' && APPOSITION.has(v.lowers[k])) k--;
  // "Pexo Air is a joint venture": the copula stands where the comma would
  const end = v.lowers[k] === ',' ? k : /^(is|was|becomes|became)$/.test(v.lowers[k + 1]) ? k + 1 : -1;
  if (end < 0 || end === ti - 1) return undefined;
  return v.refs.filter((r) => r.tj === end && !r.possessive).at(-1);
}

/** "in which Norvex owns 60%": the holder and its share (0 when none is written). */
function holderAfter(
  v: SentenceView,
  from: number,
  venture: EntityRef,
): { ref: EntityRef; percent: number } | undefined {
  const L = v.lowers;
  const end = Math.min(clauseEnd(v, from) + 12, v.n);
  for (let k = from; k < end - 2; k++) {
    if (L[k] !== 'in' || L[k + 1] !== 'which') continue;
    const ref = v.refs.find((r) => r.ti === k + 2 && r.key !== venture.key);
    if (!ref || !v.words['holder-verbs'].has(L[ref.tj] ?? '')) return undefined;
    const holder = companyNamesake(v, ref) ?? ref;
    // "owns 60%", "holds a 60 per cent stake"
    let p = ref.tj + 1;
    if (/^(a|an|about|around|some|just|over)$/.test(L[p] ?? '')) p++;
    return { ref: holder, percent: percentAt(v, p)?.value ?? 0 };
  }
  return undefined;
}

/**
 * "in which Halden holds 60%" with both Ivo Halden and Halden Group in the document: a stake holder
 * named by one word that is a person's surname and the first word of one company's name is the company.
 */
function companyNamesake(v: SentenceView, ref: EntityRef): EntityRef | undefined {
  if (ref.tj - ref.ti !== 1 || v.ctx.entities.get(ref.key)?.type !== 'Person') return undefined;
  const word = v.lowers[ref.ti];
  const firms = [...v.ctx.entities.values()].filter(
    (e) => e.type === 'Organization' && e.name.toLowerCase().split(' ')[0] === word && e.name.includes(' '),
  );
  return firms.length === 1 ? { ...ref, key: firms[0].key, alt: undefined } : undefined;
}
