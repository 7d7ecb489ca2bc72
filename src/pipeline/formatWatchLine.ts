import type { ArticleDone } from './types.js';

/** What a watch reports, one line each (stderr). */
export type WatchEvent =
  | { kind: 'watching'; inputs: string[] }
  | { kind: 'article'; article: ArticleDone }
  | { kind: 'deleted'; source: string }
  | { kind: 'watcherError'; reason: string };

/** Pure: the line printed for a watch event, without its newline. */
export function formatWatchLine(event: WatchEvent): string {
  switch (event.kind) {
    case 'watching':
      return `watch: watching ${event.inputs.join(', ')} for new and changed files (Ctrl-C to stop)`;
    case 'deleted':
      return `watch: ${event.source}: deleted; its articles stay in the graph`;
    case 'watcherError':
      return `kg: watch: ${event.reason}`;
    case 'article': {
      const { id, source, kind, sentences, relations } = event.article;
      // a JSON Lines file holds many articles: "feed.jsonl (wire-7): new, ..."
      const name = source === id || source.endsWith(`/${id}`) ? source : `${source} (${id})`;
      if (kind === 'skipped') return `watch: ${name}: unchanged, skipped`;
      return `watch: ${name}: ${kind}, ${count(sentences, 'sentence')}, ${count(relations, 'relation')}`;
    }
  }
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
