import type { ExtractedDoc } from '../types.js';

export type ExtractFormat = 'jsonl' | 'json' | 'table';

/** Renders one document for `kg extract`; `first` tells the json format whether a comma is needed. */
export function formatExtracted(doc: ExtractedDoc, format: ExtractFormat, first = true): string {
  if (format === 'jsonl') return `${JSON.stringify(doc)}\n`;
  if (format === 'json') return `${first ? '' : ','}\n${JSON.stringify(doc, null, 2)}`;
  const names = new Map(doc.entities.map((e) => [e.id, e.name]));
  const lines = [`# ${doc.doc}: ${doc.title}`];
  for (const [key, value] of Object.entries(doc.meta ?? {}))
    lines.push(`  ${key}: ${Array.isArray(value) ? value.join('; ') : String(value)}`);
  lines.push('', 'entities:');
  for (const e of doc.entities) {
    const aliases = e.aliases.length > 0 ? ` (aka ${e.aliases.join(', ')})` : '';
    lines.push(`  ${e.type.padEnd(12)} ${e.name}${aliases}  [${e.id}, ${e.mentions.length} mentions]`);
  }
  lines.push('', 'relations:');
  for (const r of [...doc.relations, ...(doc.unasserted ?? [])]) {
    const flags = [r.negated ? 'NEGATED' : '', r.hedged ? 'hedged' : '', r.expected ? 'expected' : '']
      .filter(Boolean)
      .join(' ');
    // "@2019-09-16 'on Monday'", "@2019-09-18 publication", "@? 'last week'" (no date to resolve against)
    const when = r.timeSource
      ? ` @${r.eventDate ?? '?'}${r.eventEnd ? `..${r.eventEnd}` : ''} ${r.timeText ? `'${r.timeText}'` : r.timeSource}`
      : '';
    lines.push(
      `  ${names.get(r.source) ?? r.source} -${r.type}-> ${names.get(r.target) ?? r.target}` +
        `  (s${r.sentence} "${r.trigger}" ${r.confidence.toFixed(2)}${flags ? ` ${flags}` : ''})${when}`,
    );
  }
  return `${lines.join('\n')}\n\n`;
}
