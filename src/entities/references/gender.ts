/**
 * The gender a story gives a person, from honorifics before a mention ("Mr Hale", "Ms Ruiz"), so
 * that "he" is never resolved to a woman nor "she" to a man. Unknown when nothing says.
 */
import type { CompiledLexicon } from '../../lexicon/compileLexicon.js';
import type { SentenceTokens } from '../docTokens.js';
import type { DocEntity, EntityRef } from '../recognizeEntities.js';

export type Gender = 'male' | 'female';

export function personGenders(
  sentences: readonly SentenceTokens[],
  refs: readonly EntityRef[][],
  entities: Map<string, DocEntity>,
  lx: CompiledLexicon,
): Map<string, Gender> {
  const out = new Map<string, Gender>();
  for (const st of sentences) {
    for (const r of refs[st.sentence.index]) {
      if (r.ti === 0 || entities.get(r.key)?.type !== 'Person') continue;
      const before = st.lowers[r.ti - 1];
      if (lx.words['male-honorifics'].has(before)) out.set(r.key, 'male');
      else if (lx.words['female-honorifics'].has(before)) out.set(r.key, 'female');
    }
  }
  return out;
}

/** The gender a pronoun asks for: "he" male, "she" female, else undefined. */
export function pronounGender(w: string, lx: CompiledLexicon): Gender | undefined {
  if (lx.words['male-pronouns'].has(w)) return 'male';
  if (lx.words['female-pronouns'].has(w)) return 'female';
  return undefined;
}
