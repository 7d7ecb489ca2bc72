import { firstLineOf } from '../../errors.js';
import type { KgCommand } from '../command.js';
import type { ExtractFormat } from '../../extract/formatExtracted.js';
import { withSentenceLimitOption, type SentenceLimitFlags } from '../sentenceLimitOption.js';
import { webOptionsFrom, withWebOptions, type WebFlags } from '../webOptions.js';

interface ExtractArgs extends SentenceLimitFlags, WebFlags {
  inputs: string[];
  format: ExtractFormat;
  lexicon?: string[];
}

/** `kg extract <inputs...>`: one ExtractedDoc per document on stdout; one line per failed input on stderr. */
export const extractCommand: KgCommand<ExtractArgs> = {
  command: 'extract <inputs...>',
  describe:
    'Extract entities and relations from articles (files, directories, globs, JSON Lines, feeds, URLs, - for stdin)',
  builder: (yargs) =>
    withWebOptions(withSentenceLimitOption(yargs))
      .positional('inputs', { type: 'string', array: true, demandOption: true, describe: 'Inputs to read' })
      .option('format', {
        choices: ['jsonl', 'json', 'table'] as const,
        default: 'jsonl' as const,
        describe: 'jsonl: one JSON object per document; json: one array; table: for people',
      })
      .option('lexicon', {
        type: 'string',
        array: true,
        describe:
          'Extra gazetteer file(s): TSV "Type<TAB>Name<TAB>alias|alias" or JSON [{type,name,aliases}]',
      }) as never,
  handler: async (args) => {
    const { createArticleExtractor } = await import('../../pipeline/createArticleExtractor.js');
    const { formatExtracted } = await import('../../extract/formatExtracted.js');
    const { articleMeta } = await import('../../extract/articleMeta.js');
    const { describeFailure, readInputs } = await import('../../text/index.js');
    // the extractor `kg ingest --workers 0` uses: the same sentences and the same lexicon
    const extractor = createArticleExtractor(args.lexicon ?? [], args['max-sentence-chars']);
    let failed = 0;
    let first = true;
    if (args.format === 'json') process.stdout.write('[');
    for await (const item of readInputs(args.inputs, { web: webOptionsFrom(args) })) {
      if (!item.ok) {
        failed++;
        process.stderr.write(`kg extract: ${describeFailure(item)}\n`);
        continue;
      }
      try {
        const { doc } = extractor.extract(item.article);
        const meta = articleMeta(item.article);
        process.stdout.write(formatExtracted(meta ? { ...doc, meta } : doc, args.format, first));
        first = false;
      } catch (error) {
        failed++;
        process.stderr.write(`kg extract: ${item.article.id}: ${firstLineOf(error)}\n`);
      }
    }
    if (args.format === 'json') process.stdout.write(']\n');
    return failed > 0 ? 1 : 0;
  },
};
