import type { Argv } from 'yargs';
import type { KgCommand } from '../command.js';
import { BulkRefusedError } from '../../errors.js';
import { neo4jConfigFrom, withNeo4jOptions, type Neo4jFlags } from '../neo4jOptions.js';
import type { ArticleExtractor } from '../../pipeline/articleExtractor.js';
import { createWorkerExtractor } from '../../pipeline/createWorkerExtractor.js';
import { SETTINGS } from '../../config/schema.js';
import { progressReporter } from '../progressReporter.js';
import { watchReporter } from '../watchReporter.js';
import { settingOption } from '../settingOption.js';
import { withSentenceLimitOption, type SentenceLimitFlags } from '../sentenceLimitOption.js';
import { webOptionsFrom, withWebOptions, type WebFlags } from '../webOptions.js';

interface IngestArgs extends Neo4jFlags, SentenceLimitFlags, WebFlags {
  inputs: string[];
  'batch-size': number;
  workers: number;
  'dry-run': boolean;
  json: boolean;
  quiet: boolean;
  lexicon: string[];
  'max-file-bytes'?: number;
  watch: boolean;
  bulk: boolean;
  'bulk-csv'?: string;
}

export const ingestCommand: KgCommand<IngestArgs> = {
  command: 'ingest <inputs..>',
  describe: 'Extract entities and relations from articles and write them into Neo4j (idempotent)',
  builder: (yargs: Argv) =>
    withWebOptions(withSentenceLimitOption(withNeo4jOptions(yargs)))
      .positional('inputs', {
        type: 'string',
        array: true,
        describe:
          'Files, directories, globs, .jsonl, feeds (.rss, .atom, .xml), http(s) URLs, or - for stdin',
      })
      .option('batch-size', settingOption(SETTINGS.batchSize))
      .option('workers', settingOption(SETTINGS.workers))
      .option('dry-run', { type: 'boolean', default: false, describe: 'Extract and report, write nothing' })
      .option('json', { type: 'boolean', default: false, describe: 'Print the summary as JSON' })
      .option('quiet', { alias: 'q', type: 'boolean', default: false, describe: 'No progress output' })
      .option('lexicon', { type: 'string', array: true, default: [], describe: 'Extra gazetteer file(s)' })
      .option('max-file-bytes', settingOption(SETTINGS.maxFileBytes))
      .option('watch', {
        type: 'boolean',
        default: false,
        describe:
          'Then keep watching the directories: ingest new and changed files as they appear (Ctrl-C stops)',
      })
      .option('bulk', {
        type: 'boolean',
        default: false,
        describe:
          'First load of an empty local database (kg neo4j start): CSV files and neo4j-admin import instead of transactions; the server restarts',
      })
      .option('bulk-csv', {
        type: 'string',
        describe:
          'With --bulk: only write the import files into this directory and print the neo4j-admin command (Docker, another machine)',
      })
      .example('kg ingest data/articles', 'Ingest the sample articles')
      .example('kg ingest --bulk --workers 2 archive/', 'A first load at extraction speed (local server)')
      .example('kg ingest --watch inbox/', 'Ingest inbox/, then each file saved into it')
      .example(
        'kg ingest https://news.example/feed.xml --follow-links',
        'A feed by URL; polled again, an unchanged feed costs one 304',
      )
      .example(
        'kg ingest news.jsonl --batch-size 50 --json',
        'JSON Lines input, JSON summary',
      ) as unknown as Argv<IngestArgs>,
  handler: async (args) => {
    const { createGateway } = await import('../../graph/gateway.js');
    const { runIngest } = await import('../../pipeline/runIngest.js');
    const { watchInputs } = await import('../../pipeline/watchInputs.js');
    const { createArticleExtractor } = await import('../../pipeline/createArticleExtractor.js');
    const { loadLexicon } = await import('../../lexicon/lexicon.js');
    const { formatSummary } = await import('../../pipeline/formatSummary.js');
    const { runBulkIngest } = await import('../../pipeline/runBulkIngest.js');
    const { bulkServerFor } = await import('../bulkServer.js');
    const dryRun = args['dry-run'];
    // refused before anything runs: a remote server, Aura, Docker, --watch or --dry-run
    const bulkServer = args.bulk && !args['bulk-csv'] ? bulkServerFor(neo4jConfigFrom(args), args) : null;
    if (args['bulk-csv'] && !args.bulk) throw new BulkRefusedError('--bulk-csv goes with --bulk');
    const gateway = dryRun ? null : createGateway(neo4jConfigFrom(args), { debug: args.debug });
    const abort = new AbortController();
    // The first Ctrl-C finishes the batch in flight. `once` leaves no SIGINT listener behind, so a
    // second Ctrl-C gets Node's default action: the process ends at once (status 130 in the shell).
    const onSigint = () => {
      process.stderr.write(
        args.watch
          ? '\nkg: stopping the watch: finishing the batch in flight (Ctrl-C again to force)\n'
          : '\nkg: interrupted: finishing the batch in flight, then stopping (Ctrl-C again to force)\n',
      );
      abort.abort();
    };
    process.once('SIGINT', onSigint);
    const progress = progressReporter(args.quiet || args.json);
    const workers = Math.max(0, Math.floor(args.workers));
    // read the --lexicon files here first: a bad one is one clear error, not a failure in every worker
    if (workers > 0 && args.lexicon.length > 0) loadLexicon({ extraFiles: args.lexicon });
    const maxSentenceChars = args['max-sentence-chars'];
    const extractor: ArticleExtractor =
      workers === 0
        ? createArticleExtractor(args.lexicon, maxSentenceChars)
        : createWorkerExtractor(workers, { lexiconFiles: args.lexicon, maxSentenceChars });
    try {
      if (gateway) await gateway.verifyConnectivity();
      const options = {
        batchSize: args['batch-size'],
        dryRun,
        lexiconFiles: args.lexicon,
        maxFileBytes: args['max-file-bytes'],
        onProgress: progress.update,
        signal: abort.signal,
        web: webOptionsFrom(args),
      };
      // --watch: a line per file instead of the one-line progress display, which they would overwrite
      const summary = args.watch
        ? await watchInputs(args.inputs, gateway, extractor, {
            ...options,
            ...watchReporter(args.quiet),
            onProgress: undefined,
          })
        : args.bulk && gateway
          ? await runBulkIngest(args.inputs, gateway, extractor, options, {
              server: bulkServer,
              csvDir: args['bulk-csv'],
              log: (line) => process.stderr.write(`${line}\n`),
            })
          : await runIngest(args.inputs, gateway, extractor, options);
      progress.done();
      process.stdout.write(args.json ? `${JSON.stringify(summary, null, 2)}\n` : formatSummary(summary));
      if (summary.interrupted) return 130;
      return summary.articles.failed > 0 ? 1 : 0;
    } finally {
      process.off('SIGINT', onSigint);
      await extractor.close?.();
      await gateway?.close();
    }
  },
};
