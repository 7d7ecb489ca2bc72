import { ENTITY_TYPES, RELATION_TYPES } from '../types.js';
import type { EvalReport } from './aggregateScores.js';
import type { Prf } from './prf.js';
import type { RelationError } from './scoreDocument.js';

const fixed = (value: number): string => value.toFixed(2);

function row(label: string, score: Prf): string[] {
  // A type with nothing to find and nothing found has no meaningful score.
  const empty = score.tp + score.fp + score.fn === 0;
  return [
    label,
    String(score.tp),
    String(score.fp),
    String(score.fn),
    empty ? '-' : fixed(score.precision),
    empty ? '-' : fixed(score.recall),
    empty ? '-' : fixed(score.f1),
  ];
}

function table(rows: string[][]): string {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((cells) => cells[column].length)));
  return rows
    .map((cells) =>
      cells
        .map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column])))
        .join('  '),
    )
    .join('\n');
}

function describe(error: RelationError): string {
  const detail = error.reason === undefined ? '' : ` [${error.reason}]`;
  const quote = error.evidence;
  const trigger = error.trigger === undefined ? '' : ` trigger="${error.trigger}"`;
  return `    ${error.type}(${error.source} -> ${error.target})${detail}${trigger}${quote === undefined ? '' : `\n      ${quote}`}`;
}

/** score.py's closing line: "entities F1=0.76 (P=0.78 R=0.74, dup 3); relations F1=0.30 (P=0.58 R=0.20); graph F1=0.30" */
function summary({ entities: e, relations: r, graph: g }: EvalReport): string {
  return (
    `entities F1=${fixed(e.f1)} (P=${fixed(e.precision)} R=${fixed(e.recall)}, dup ${e.duplicates}); ` +
    `relations F1=${fixed(r.f1)} (P=${fixed(r.precision)} R=${fixed(r.recall)}); graph F1=${fixed(g.f1)}`
  );
}

/** The human view of `kg eval`: P/R/F1 tables (relations, entities), then (verbose) per-document errors. */
export function formatEvalReport(report: EvalReport, verbose: boolean): string {
  const relations = [['relation', 'TP', 'FP', 'FN', 'P', 'R', 'F1']];
  for (const type of RELATION_TYPES) relations.push(row(type, report.relationsByType[type]));
  relations.push(row('relations (micro)', report.relations));
  relations.push(row('graph (unique triples)', report.graph));
  const entities = [['entity', 'TP', 'FP', 'FN', 'P', 'R', 'F1']];
  for (const type of ENTITY_TYPES) entities.push(row(type, report.entitiesByType[type]));
  entities.push(row('entities', report.entities));
  const lines = [
    `${report.docs.length} document(s) scored`,
    table(relations),
    '',
    table(entities),
    `entity duplicates: ${report.entities.duplicates}; type accuracy over found entities: ${fixed(report.entities.typeAccuracy)}`,
    summary(report),
  ];
  if (report.missing.length > 0)
    lines.push(`missing documents (scored as empty): ${report.missing.join(', ')}`);
  if (!verbose) return `${lines.join('\n')}\n`;
  for (const doc of report.docs) {
    lines.push('', `== ${doc.doc}`);
    if (doc.entityFalseNegatives.length > 0) {
      lines.push(
        `  entities missed (FN): ${doc.entityFalseNegatives.map((e) => `${e.name} (${e.type})`).join('; ')}`,
      );
    }
    if (doc.entityFalsePositives.length > 0) {
      lines.push(
        `  entities spurious (FP): ${doc.entityFalsePositives.map((e) => `${e.name} (${e.type}${e.reason === undefined ? '' : `, ${e.reason}`})`).join('; ')}`,
      );
    }
    if (doc.typeMismatches.length > 0) {
      lines.push(
        `  entity type mismatches: ${doc.typeMismatches.map((m) => `${m.extracted} is ${m.extractedType}, gold ${m.gold} is ${m.goldType}`).join('; ')}`,
      );
    }
    if (doc.falseNegatives.length > 0)
      lines.push('  relations missed (FN):', ...doc.falseNegatives.map(describe));
    if (doc.falsePositives.length > 0)
      lines.push('  relations spurious (FP):', ...doc.falsePositives.map(describe));
  }
  return `${lines.join('\n')}\n`;
}
