/** Test helper: the descriptor, pronoun and implied references of a text, as "surface -> entity name". */
import { toSentenceTokens } from '../../../src/entities/docTokens.js';
import {
  planEntities,
  resolveEntities,
  type RecognizedDoc,
} from '../../../src/entities/recognizeEntities.js';
import { resolveReferences } from '../../../src/entities/resolveReferences.js';
import { compileLexicon } from '../../../src/lexicon/compileLexicon.js';
import { nlpEntitySpansGrouped } from '../../../src/nlp.js';
import { splitSentences } from '../../../src/text/index.js';
import { lexicon } from '../extract/extractText.js';

const lx = compileLexicon(lexicon);

export function recognize(text: string): RecognizedDoc {
  const tokens = splitSentences(text).map((s) => toSentenceTokens(s, lx.words['corporate-suffixes']));
  const plan = planEntities(text, tokens, lx);
  const spans = nlpEntitySpansGrouped(plan.toParse.map((p) => p.st.sentence.text));
  const doc = resolveEntities(text, lx, plan, spans);
  resolveReferences(text, tokens, doc, lx);
  return doc;
}

/**
 * Every reference that is not a name: "its -> Pexo", "the Danish miner -> Lumo"; an implied one
 * (a bare title's organisation) as "[chief] -> Tessel Mining", named by the word it stands before.
 */
export function resolvedRefs(text: string): string[] {
  const doc = recognize(text);
  const out: string[] = [];
  for (const list of doc.refs) {
    for (const r of list) {
      if (r.kind === 'name') continue;
      const name = doc.entities.get(r.key)?.name;
      const surface = r.ti === r.tj ? `[${/^\S+/.exec(text.slice(r.start))?.[0]}]` : r.text;
      out.push(`${surface} -> ${name}`);
    }
  }
  return out;
}
