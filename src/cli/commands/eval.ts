import type { Argv } from 'yargs';
import type { KgCommand } from '../command.js';
import type { ExtractedDoc } from '../../types.js';
import { NewsgraphError } from '../../errors.js';
import { readGold } from '../../eval/readGold.js';
import { readExtracted } from '../../eval/readExtracted.js';
import { pairDocs } from '../../eval/pairDocs.js';
import { scoreDocument } from '../../eval/scoreDocument.js';
import { aggregateScores } from '../../eval/aggregateScores.js';
import { formatEvalReport } from '../../eval/formatEvalReport.js';

interface EvalArgs {
  gold: string;
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

/** `kg eval --gold DIR_OR_FILE <inputs...>`: a quality report (P/R/F1), not a gate. */
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
        demandOption: true,
        describe: 'A gold .json file or a directory of them (paired with inputs by basename)',
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
    const gold = readGold(args.gold);
    gold.errors.forEach(fail);
    if (args.extracted === undefined && args.inputs.length === 0) {
      throw new NewsgraphError('kg eval: name the articles to score, or --extracted FILE', 2);
    }
    const extracted =
      args.extracted !== undefined
        ? readExtracted(args.extracted)
        : await extractInputs(args.inputs, args.lexicon, fail);
    const pairing = pairDocs(extracted, gold.files);
    for (const doc of pairing.unpairedExtracted)
      process.stderr.write(`kg: ${doc}: no gold file, not scored\n`);
    for (const file of pairing.unpairedGold)
      process.stderr.write(`kg: ${file}: no input document, not scored\n`);
    const report = aggregateScores(pairing.pairs.map((pair) => scoreDocument(pair.extracted, pair.gold)));
    process.stdout.write(
      args.json ? `${JSON.stringify(report, null, 2)}\n` : formatEvalReport(report, args.verbose),
    );
    return failed ? 1 : 0;
  },
};
