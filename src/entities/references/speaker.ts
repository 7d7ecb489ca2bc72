/**
 * Who is speaking, for "we" / "our" in a quote: "Norvex said", "the company said", "said Ana Ruiz",
 * and the issuer of a statement ("Norvex released the following statement:", "Norvex said in a
 * statement:"), whose words run on over the next sentences.
 */
import type { CompiledLexicon } from '../../extract/compileLexicon.js';
import type { SentenceTokens } from '../docTokens.js';
import type { EntityRef } from '../recognizeEntities.js';
import { isPrepositional } from './sentenceSubjects.js';

export interface Speaker {
  key: string;
  sentence: number;
  /** How many sentences after `sentence` the words are still theirs. */
  reach: number;
}

/** The speaker after reading `st` (with its name refs): a new one, else `speaker` as it was. */
export function speakerIn(
  st: SentenceTokens,
  names: readonly EntityRef[],
  lx: CompiledLexicon,
  speaker: Speaker | undefined,
): Speaker | undefined {
  const s = st.sentence.index;
  const L = st.lowers;
  // "Norvex released the following statement:" — the statement follows, over several sentences
  const colon = L.indexOf(':');
  if (colon > 0 && L.slice(0, colon).some((w) => lx.words['statement-nouns'].has(w))) {
    const issuer = names.find((r) => r.tj <= colon && !isPrepositional(st, r, lx));
    if (issuer) return { key: issuer.key, sentence: s, reach: 4 };
  }
  for (let k = 0; k < st.tokens.length; k++) {
    if (!lx.words['speech-verbs'].has(L[k])) continue;
    const before = names.filter((r) => r.tj <= k && k - r.tj <= 3).at(-1);
    const after = names.find((r) => r.ti > k && r.ti - k <= 2);
    const who = before ?? after;
    if (who) speaker = { key: who.key, sentence: s, reach: 2 };
  }
  return speaker;
}
