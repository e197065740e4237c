/** Colours and sizes shared by the server-side layout and the browser client. */

export const KIND_COLOURS: Record<string, string> = {
  person: '#3f6fb5',
  organization: '#e07b24',
  'unnamed-source': '#8c6d5a',
  place: '#4f9a4a',
  weapon: '#c9413f',
  event: '#d8a800',
  document: '#4aa3a0',
  article: '#7d7d7d',
  concept: '#9b6bb0',
  claim: '#e685a6',
  quotation: '#b8437a',
  note: '#222222',
};

export const SOURCING_COLOURS: Record<string, string> = {
  'named-on-record': '#1b9e77',
  anonymous: '#d62728',
  'second-hand': '#ff9f1c',
  'article-voice': '#3a7ca5',
};

/** Values outside the known lists still get a stable colour. */
const EXTRA = ['#17becf', '#bcbd22', '#8c564b', '#e377c2', '#7f7f7f', '#2ca02c'];
export const NO_VALUE_COLOUR = '#c8c8c8';

export function colourFor(table: Record<string, string>, value: string | undefined): string {
  if (!value) return NO_VALUE_COLOUR;
  const known = table[value];
  if (known) return known;
  let h = 0;
  for (let i = 0; i < value.length; i++) h = (h * 31 + value.charCodeAt(i)) >>> 0;
  return EXTRA[h % EXTRA.length]!;
}

/** Statements are drawn as diamonds (claims) and squares (quotations) so they read apart from entities. */
export function shapeFor(kind: string): 'circle' | 'square' | 'diamond' | 'triangle' {
  if (kind === 'claim') return 'diamond';
  if (kind === 'quotation') return 'square';
  if (kind === 'note') return 'triangle';
  return 'circle';
}

/** Node radius in screen pixels at the initial zoom: grows slowly with degree, shrinks for large graphs. */
export function nodeSize(degree: number, order: number): number {
  const base = order > 1000 ? 4 : 10;
  return Math.min(base * 2.5, base + 2 * Math.sqrt(degree));
}
