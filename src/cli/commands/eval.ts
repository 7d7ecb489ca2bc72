import type { Argv } from 'yargs';
import type { KgCommand } from '../command.js';
import type { ExtractedDoc } from '../../types.js';
import { NewsgraphError } from '../../errors.js';
import { readGold } from '../../eval/readGold.js';
import { readExtracted } from '../../eval/readExtracted.js';
import { scoreGoldSet } from '../../eval/scoreGoldSet.js';
import { formatEvalReport } from '../../eval/formatEvalReport.js';

interface EvalArgs {
  gold: string[];
  inputs: string[];
  extracted?: string;
  lexicon: string[];
  json: boolean;
  verbose: boolean;
}

/** Runs the extractor over the inputs; an unreadable input is one line on stderr, the rest go on. */
async function extractInputs(
  inputs: string[],
  lexicon: string[],
  fail: (line: string) => void,
): Promise<ExtractedDoc[]> {
  const { createArticleExtractor } = await import('../../pipeline/createArticleExtractor.js');
  const { describeFailure, readInputs } = await import('../../text/index.js');
  const extractor = createArticleExtractor(lexicon);
  const docs: ExtractedDoc[] = [];
  for await (const item of readInputs(inputs)) {
    if (item.ok) docs.push(extractor.extract(item.article).doc);
    else fail(describeFailure(item));
  }
  return docs;
}

/**
 * `kg eval --gold DIR_OR_FILE [--gold ...] <inputs...>`: a quality report (P/R/F1), not a gate.
 * Each gold set is scored on its own, against the inputs with its documents' basenames:
 *   kg eval --gold ../shared/dev-eval/gold.json --gold ../shared/gum-dev/gold.json \
 *     ../shared/dev-eval/articles ../shared/gum-dev/articles
 */
export const evalCommand: KgCommand<EvalArgs> = {
  command: 'eval [inputs..]',
  describe:
    'Score extraction against gold annotations: precision, recall and F1 per relation type and for entities',
  builder: (yargs: Argv) =>
    yargs
      .positional('inputs', {
        type: 'string',
        array: true,
        default: [],
        describe: 'Articles to extract (files, directories, globs, - for stdin)',
      })
      .option('gold', {
        type: 'string',
        // one value per --gold, so that the inputs after it stay inputs; repeated: an array
        nargs: 1,
        coerce: (value: string | string[]) => [value].flat(),
        demandOption: true,
        describe:
          'A gold .json file (one article, or a list of them as in shared/dev-eval/gold.json) or a directory of them; repeat for several sets, each scored on its own (paired with inputs by basename)',
      })
      .option('extracted', {
        type: 'string',
        describe: 'Score saved `kg extract` output (JSON Lines) instead of extracting the inputs',
      })
      .option('lexicon', {
        type: 'string',
        array: true,
        default: [],
        describe: 'Extra gazetteer/word-list files for the extractor (as kg extract --lexicon)',
      })
      .option('json', { type: 'boolean', default: false, describe: 'Print the full report as JSON' })
      .option('verbose', {
        type: 'boolean',
        default: false,
        describe: 'List false positives and false negatives per document',
      }) as unknown as Argv<EvalArgs>,
  handler: async (args) => {
    let failed = false;
    const fail = (line: string): void => {
      failed = true;
      process.stderr.write(`kg: ${line}\n`);
    };
    const sets = args.gold.map((path) => readGold(path));
    for (const set of sets) set.errors.forEach(fail);
    if (args.extracted === undefined && args.inputs.length === 0) {
      throw new NewsgraphError('kg eval: name the articles to score, or --extracted FILE', 2);
    }
    const extracted =
      args.extracted !== undefined
        ? readExtracted(args.extracted)
        : await extractInputs(args.inputs, args.lexicon, fail);
    const scores = sets.map((set) => ({ gold: set.path, ...scoreGoldSet(extracted, set.docs) }));
    // An input is unpaired only if no gold set annotates it.
    const unpaired = scores
      .map((score) => new Set(score.unpaired))
      .reduce((left, right) => new Set([...left].filter((doc) => right.has(doc))));
    for (const doc of unpaired) process.stderr.write(`kg: ${doc}: no gold annotation, not scored\n`);
    for (const score of scores) {
      for (const doc of score.report.missing)
        process.stderr.write(`kg: ${score.gold}: ${doc}: no input document, scored as empty\n`);
    }
    if (args.json) {
      const reports = scores.map((score) => ({ gold: score.gold, ...score.report }));
      process.stdout.write(`${JSON.stringify(reports.length === 1 ? reports[0] : reports, null, 2)}\n`);
    } else {
      process.stdout.write(
        scores.map((score) => `== ${score.gold}\n${formatEvalReport(score.report, args.verbose)}`).join('\n'),
      );
    }
    return failed ? 1 : 0;
  },
};
