import { readFileSync } from 'node:fs';
import type { ExtractedDoc } from '../types.js';
import { InputError } from '../errors.js';

/**
 * Reads saved `kg extract` output: JSON Lines (one document per line) or one JSON array.
 * A line that is not an extracted document is an InputError naming the file and line.
 */
export function readExtracted(file: string): ExtractedDoc[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new InputError(`${file}: cannot read: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  const check = (value: unknown, where: string): ExtractedDoc => {
    const doc = value as Partial<ExtractedDoc> | null;
    if (
      typeof doc !== 'object' ||
      doc === null ||
      typeof doc.doc !== 'string' ||
      !Array.isArray(doc.entities) ||
      !Array.isArray(doc.relations)
    ) {
      throw new InputError(`${where}: not a kg extract document (needs "doc", "entities", "relations")`);
    }
    return doc as ExtractedDoc;
  };
  const trimmed = text.trim();
  if (trimmed.startsWith('[')) {
    return (JSON.parse(trimmed) as unknown[]).map((value, index) => check(value, `${file}[${index}]`));
  }
  return text
    .split('\n')
    .map((line, index) => ({ line: line.trim(), where: `${file}:${index + 1}` }))
    .filter(({ line }) => line !== '')
    .map(({ line, where }) => {
      try {
        return check(JSON.parse(line), where);
      } catch (error) {
        if (error instanceof InputError) throw error;
        throw new InputError(`${where}: not JSON`);
      }
    });
}
