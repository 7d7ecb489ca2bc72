import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = join(dirname(fileURLToPath(import.meta.url)), '../../../src');

/**
 * [the first path segment under src/, its layer]: a file imports only from its own folder or from a
 * lower layer (STYLE.md, "Layers"). Two folders of one layer never import each other.
 */
const LAYERS: [string, number][] = [
  ['types.ts', 0],
  ['errors.ts', 0],
  ['packageRoot.ts', 0],
  ['config', 0],
  ['nlp.ts', 1],
  ['lexicon', 2], // compiles trigger verbs with nlp's conjugator
  ['fetch', 2],
  ['text', 3], // reads its word lists through lexicon's loader, pages and feeds through fetch
  ['time', 3], // date expressions, from lexicon's lists
  ['entities', 4],
  ['relations', 5],
  ['extract', 6],
  ['graph', 7], // the one gateway to Neo4j
  ['query', 8],
  ['viz', 8],
  ['eval', 8],
  ['neo4j-local', 8],
  ['pipeline', 9],
  ['serve', 9], // kg viz --serve: the live view's web server, over viz and query
  ['cli', 10],
];
const RANK = new Map(LAYERS);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

const topOf = (file: string): string => relative(SRC, file).split(/[\\/]/)[0];

/** Every relative import: [importing file, imported file], both relative to src/. */
function imports(): [string, string][] {
  const out: [string, string][] = [];
  for (const file of sourceFiles(SRC)) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/(?:from|import\(?)\s*['"](\.{1,2}\/[^'"]+)['"]/g)) {
      const target = normalize(join(dirname(file), m[1]));
      out.push([relative(SRC, file), relative(SRC, target)]);
    }
  }
  return out;
}

describe('layers', () => {
  const all = imports();

  it('knows the layer of every top-level folder and file of src/', () => {
    const tops = new Set(sourceFiles(SRC).map(topOf));
    expect([...tops].filter((t) => !RANK.has(t))).toEqual([]);
  });

  it('finds the imports it checks', () => {
    expect(all.length).toBeGreaterThan(300);
  });

  it('has no import of a higher layer or of another folder of the same layer', () => {
    const bad = all.filter(([from, to]) => {
      const a = from.split(/[\\/]/)[0];
      const b = to.split(/[\\/]/)[0].replace(/\.js$/, '.ts');
      const ra = RANK.get(a) ?? -1;
      const rb = RANK.get(b) ?? -1;
      return rb > ra || (rb === ra && a !== b);
    });
    expect(bad).toEqual([]);
  });
});
