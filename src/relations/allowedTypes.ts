import type { EntityType, RelationType } from '../types.js';

/** Which entity types may fill source and target of each relation. */
export const ALLOWED_TYPES: Record<RelationType, { source: EntityType[]; target: EntityType[] }> = {
  BID_FOR: { source: ['Organization', 'Person'], target: ['Organization', 'Product'] },
  REJECTED: {
    source: ['Organization', 'Government', 'Person', 'Product'],
    target: ['Organization', 'Person', 'Government'],
  },
  // a person only as a co-member of a bidding group ("a consortium led by Ana Ruiz and Halden
  // Capital"); nounFrame keeps "Ana Ruiz, a partner at Halden Capital" (an employee) out
  PARTNERED_WITH: {
    source: ['Organization', 'Product', 'Government', 'Person'],
    target: ['Organization', 'Product', 'Government', 'Person'],
  },
  REGULATES: { source: ['Government', 'Person'], target: ['Organization', 'Product', 'Person'] },
  OWNS: { source: ['Organization', 'Person', 'Government'], target: ['Organization', 'Product'] },
  ACQUIRED: { source: ['Organization', 'Person'], target: ['Organization', 'Product'] },
  LEADS: { source: ['Person'], target: ['Organization', 'Government'] },
  // a backed party, not a product: "the watch will support Lumo phones" backs no one
  SUPPORTS: {
    source: ['Person', 'Organization', 'Government'],
    target: ['Person', 'Organization', 'Government'],
  },
};
