import { spawn } from 'node:child_process';
import type { IngestSummary } from '../../src/pipeline/types.js';

/**
 * One `kg` child process (`cli`: the node arguments, e.g. ['dist/cli/bin.js', 'ingest', file, '--json'])
 * against a server, and the JSON summary it prints: its own peak RSS, nothing of the bench's.
 */
export function kgIngestChild(cli: string[], uri: string, password: string): Promise<IngestSummary> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...cli, '--uri', uri, '--password', password], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      try {
        resolve(JSON.parse(out) as IngestSummary);
      } catch {
        reject(new Error(`${cli.slice(1, 2).join('')} exited with ${code} and no JSON summary`));
      }
    });
  });
}
