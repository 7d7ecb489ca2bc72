/** A descriptor reference ("the US tech giant", "the Tarsk-based lender") read at its "the". */
import type { CompiledLexicon } from '../../lexicon/compileLexicon.js';
import type { EntityType } from '../../types.js';
import type { SentenceTokens } from '../docTokens.js';
import { longestMatch } from '../../lexicon/phraseTrie.js';
import { nameKey } from '../nameKey.js';
import type { DocEntity, EntityRef } from '../recognizeEntities.js';

export interface Descriptor {
  i: number;
  j: number;
  head: string;
  types: EntityType[];
  nationality?: string;
  /** Words before the head that narrow it down ("Swiss", "Tarsk-based"): not a bare "the company". */
  modified: boolean;
  /** Entities named inside it ("the Norvex-owned app" is not Norvex). */
  inside: Set<string>;
}

// "the Tarsk-based lender", "the Norvex-owned app": a capitalised place or owner joined to a participle
const JOINED_MODIFIER = /^\p{Lu}[\p{L}.]*-\p{Ll}+$/u;

/** "the US tech giant" at token k (the "the"), or undefined. */
export function descriptorAt(
  st: SentenceTokens,
  k: number,
  lx: CompiledLexicon,
  names: readonly EntityRef[],
  entities: Map<string, DocEntity>,
): Descriptor | undefined {
  const W = lx.words;
  let m = k + 1;
  let nationality: string | undefined;
  const inside = new Set<string>();
  while (m < st.tokens.length && m - k <= 5) {
    const t = st.tokens[m];
    if (!t.word) break;
    const country = lx.demonyms.get(t.lower) ?? longestMatch(lx.countries, [t.lower], 0)?.values[0];
    // "the Tarsk conglomerate": a place name as a modifier
    const place = names.find((r) => r.ti === m && entities.get(r.key)?.type === 'Place');
    if (country) {
      nationality = nameKey(country.names[0]);
    } else if (place && place.tj > m) {
      m = place.tj;
      continue;
    } else if (t.cap && JOINED_MODIFIER.test(t.text)) {
      for (const r of names) if (r.ti <= m && m < r.tj) inside.add(r.key);
    } else if (t.cap) {
      break;
    } else if (
      !W['descriptor-modifiers'].has(t.lower) &&
      !W['org-descriptors'].has(t.lower) &&
      !W['product-descriptors'].has(t.lower) &&
      !W['government-descriptors'].has(t.lower) &&
      !W['government-titles'].has(t.lower) &&
      !t.lower.includes('-')
    ) {
      break;
    }
    m++;
  }
  if (m === k + 1) return undefined;
  const head = st.lowers[m - 1].split('-').at(-1)!; // "tech-giant" -> "giant"
  const after = st.tokens[m];
  if (after && after.word && after.cap) return undefined; // "the tech firm Norvex": apposition, not a reference
  let types: EntityType[];
  // "the agency" is a regulator as often as a firm
  if (W['org-descriptors'].has(head) && W['government-descriptors'].has(head))
    types = ['Government', 'Organization'];
  else if (W['org-descriptors'].has(head)) types = ['Organization', 'Product'];
  else if (W['product-descriptors'].has(head)) types = ['Product', 'Organization'];
  else if (W['government-descriptors'].has(head)) types = ['Government'];
  else if (W['government-titles'].has(head)) types = ['Person'];
  else return undefined;
  if (head === 'officials' || head === 'authorities' || head === 'regulators') {
    if (!nationality) return undefined;
  }
  return { i: k, j: m, head, types, nationality, modified: m - k > 2, inside };
}
