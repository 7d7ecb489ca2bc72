/** Test helper: runs the real pipeline (splitSentences + extractDocument + built-in lexicon) on a text. */
import { extractDocument } from '../../../src/extract/extractDocument.js';
import { loadLexicon } from '../../../src/lexicon/lexicon.js';
import { splitSentences } from '../../../src/text/index.js';
import type { ExtractedDoc } from '../../../src/types.js';

export const lexicon = loadLexicon();

export function extractText(text: string): ExtractedDoc {
  return extractDocument({ id: 'test.txt', title: '', text, sha256: '' }, splitSentences(text), lexicon);
}

/** "Felder Bank -BID_FOR-> Qadira Holdings" for every asserted relation (`unasserted`: the others). */
export function facts(doc: ExtractedDoc, which: 'asserted' | 'unasserted' = 'asserted'): string[] {
  const name = new Map(doc.entities.map((e) => [e.id, e.name]));
  const relations = which === 'asserted' ? doc.relations : (doc.unasserted ?? []);
  return relations.map(
    (r) =>
      `${name.get(r.source)} -${r.type}-> ${name.get(r.target)}` +
      (r.negated ? ' [negated]' : '') +
      (r.hedged ? ' [hedged]' : ''),
  );
}
