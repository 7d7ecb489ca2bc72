/**
 * Who is speaking, for "we" / "our" in a quote: "Norvex said", "the company said", "said Ana Ruiz",
 * and the issuer of a statement ("Norvex released the following statement:", "Norvex said in a
 * statement:"), whose words run on over the next sentences.
 */
import type { CompiledLexicon } from '../../lexicon/compileLexicon.js';
import type { SentenceTokens } from '../docTokens.js';
import { longestMatch } from '../../lexicon/phraseTrie.js';
import type { DocEntity, EntityRef } from '../recognizeEntities.js';
import { isPrepositional } from './sentenceSubjects.js';

export interface Speaker {
  key: string;
  sentence: number;
  /** How many sentences after `sentence` the words are still theirs. */
  reach: number;
  /** The verb of saying, in `sentence` (-1 for a statement). */
  at: number;
}

/** Does a leader's title run over tokens [from, to) exactly ("chief executive", "chairman")? */
function titleSpans(st: SentenceTokens, from: number, to: number, lx: CompiledLexicon): boolean {
  const m = longestMatch(lx.triggers, st.lowers, from);
  return m?.end === to && m.values.some((t) => t.relation === 'LEADS' && t.kind === 'agent');
}

/**
 * The organisation a speaking person holds a title at, who speaks for it as "we":
 * "Norvex chief executive Ana Ruiz said", "said Ana Ruiz, chief executive of Norvex".
 */
export function organisationOf(
  st: SentenceTokens,
  who: EntityRef,
  names: readonly EntityRef[],
  entities: Map<string, DocEntity>,
  lx: CompiledLexicon,
): EntityRef | undefined {
  const isOrg = (r: EntityRef): boolean => entities.get(r.key)?.type === 'Organization';
  const L = st.lowers;
  // "Norvex chief executive Ana Ruiz", "Norvex's chairman Ana Ruiz"
  for (const org of names.filter((r) => r.tj < who.ti && who.ti - r.tj <= 5 && isOrg(r))) {
    const from = L[org.tj] === "'s" || L[org.tj] === '’s' ? org.tj + 1 : org.tj;
    if (titleSpans(st, from, who.ti, lx)) return org;
  }
  // "Ana Ruiz, chief executive of Norvex" / "Ana Ruiz, CEO, Norvex"
  if (L[who.tj] !== ',') return undefined;
  for (let end = who.tj + 2; end <= who.tj + 6; end++) {
    if (!titleSpans(st, who.tj + 1, end, lx)) continue;
    const at = L[end] === 'of' || L[end] === 'at' || L[end] === ',' ? end + 1 : -1;
    const org = names.find((r) => (r.ti === at || (r.ti === at + 1 && L[at] === 'the')) && isOrg(r));
    if (org) return org;
  }
  return undefined;
}

/** The speaker after reading `st` (with its name refs): a new one, else `speaker` as it was. */
export function speakerIn(
  st: SentenceTokens,
  names: readonly EntityRef[],
  entities: Map<string, DocEntity>,
  lx: CompiledLexicon,
  speaker: Speaker | undefined,
): Speaker | undefined {
  const s = st.sentence.index;
  const L = st.lowers;
  // "Norvex released the following statement:" — the statement follows, over several sentences
  const colon = L.indexOf(':');
  if (colon > 0 && L.slice(0, colon).some((w) => lx.words['statement-nouns'].has(w))) {
    const issuer = names.find((r) => r.tj <= colon && !isPrepositional(st, r, lx));
    if (issuer) return { key: issuer.key, sentence: s, reach: 4, at: -1 };
  }
  for (let k = 0; k < st.tokens.length; k++) {
    if (!lx.words['speech-verbs'].has(L[k])) continue;
    const before = names.filter((r) => r.tj <= k && k - r.tj <= 3).at(-1);
    const after = names.find((r) => r.ti > k && r.ti - k <= 2);
    const who = before ?? after;
    // '"We will appeal," said Ana Ruiz, chief executive of Norvex': Norvex speaks as "we"
    const org =
      who && entities.get(who.key)?.type === 'Person'
        ? organisationOf(st, who, names, entities, lx)
        : undefined;
    if (who) speaker = { key: (org ?? who).key, sentence: s, reach: 2, at: k };
  }
  return speaker;
}
