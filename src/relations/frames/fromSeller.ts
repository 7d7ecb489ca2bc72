import type { SentenceView } from '../clause/index.js';
import type { Frame } from './frame.js';

/**
 * "Marlow completes acquisition of Brix Rover from Halden Motors": after a named "of" object, the
 * "from" name of a deal noun sold it, it is not the buyer ("an offer of $5bn from Norvex" keeps
 * its bidder: a price is no name).
 */
export function fromIsSeller(v: SentenceView, f: Frame): boolean {
  if (v.lowers[f.tj] !== 'of') return false;
  const from = v.lowers.indexOf('from', f.tj);
  if (from < 0 || from > f.tj + 6 || v.lowers.slice(f.tj, from).includes('by')) return false;
  const owned = v.refs.find((r) => r.ti > f.tj && r.ti <= f.tj + 2);
  return owned !== undefined && owned.tj === from && owned.kind === 'name';
}
