import type { IngestSummary } from './types.js';

/** Pure: the human summary printed at the end of `kg ingest`. */
export function formatSummary(summary: IngestSummary): string {
  const a = summary.articles;
  const lines = [
    `${summary.dryRun ? 'Dry run (nothing written): ' : ''}articles: ${a.new} new, ${a.updated} updated, ${a.skipped} unchanged (skipped), ${a.failed} failed`,
    `sentences: ${summary.sentences}, entities: ${summary.entities}, relations: ${summary.relations}, claims: ${summary.claims}`,
    `time: ${summary.seconds.toFixed(1)} s`,
  ];
  const { fetched, notModified } = summary.urls;
  if (fetched + notModified > 0)
    lines.splice(2, 0, `urls: ${fetched} fetched, ${notModified} not modified (304: nothing read)`);
  if (summary.interrupted)
    lines.push(
      'interrupted: stopped early; everything above is committed. Run the same command again to continue.',
    );
  for (const failure of summary.failures) lines.push(`failed: ${failure.source}: ${failure.reason}`);
  return `${lines.join('\n')}\n`;
}
