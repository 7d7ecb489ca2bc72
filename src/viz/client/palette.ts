/** Colours of the page: entity types, relation types and Louvain communities. */
export const TYPE_COLORS: Record<string, string> = {
  Organization: '#4e79a7',
  Person: '#f28e2b',
  Government: '#e15759',
  Place: '#59a14f',
  Product: '#b07aa1',
};
export const OTHER_COLOR = '#8c8c8c';

export const RELATION_COLORS: Record<string, string> = {
  BID_FOR: '#edc948',
  REJECTED: '#d62728',
  PARTNERED_WITH: '#2ca02c',
  REGULATES: '#9467bd',
  OWNS: '#1f77b4',
  ACQUIRED: '#17becf',
  LEADS: '#ff7f0e',
  SUPPORTS: '#8c564b',
};

export const COMMUNITY_COLORS = [
  '#1b9e77',
  '#d95f02',
  '#7570b3',
  '#e7298a',
  '#66a61e',
  '#e6ab02',
  '#a6761d',
  '#1f78b4',
  '#b2df8a',
  '#fb9a99',
  '#cab2d6',
  '#6a3d9a',
];

export const typeColor = (type: string) => TYPE_COLORS[type] ?? OTHER_COLOR;
export const relationColor = (type: string) => RELATION_COLORS[type] ?? OTHER_COLOR;
export const communityColor = (community: number) => COMMUNITY_COLORS[community % COMMUNITY_COLORS.length];
