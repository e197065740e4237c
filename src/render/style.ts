/** How each kind of node looks, in pictures and in files for graph tools. */

export type Shape = 'circle' | 'square' | 'diamond' | 'triangle' | 'hexagon';

export const KIND_STYLE: Record<string, { fill: string; shape: Shape; name: string }> = {
  person: { fill: '#3f6fb5', shape: 'circle', name: 'person' },
  organization: { fill: '#e07b24', shape: 'circle', name: 'organization' },
  'unnamed-source': { fill: '#8c6d5a', shape: 'hexagon', name: 'unnamed source' },
  place: { fill: '#4f9a4a', shape: 'circle', name: 'place' },
  weapon: { fill: '#c9413f', shape: 'hexagon', name: 'weapons system' },
  event: { fill: '#d8a800', shape: 'circle', name: 'event' },
  document: { fill: '#4aa3a0', shape: 'square', name: 'document' },
  article: { fill: '#5f6b7a', shape: 'square', name: 'article' },
  concept: { fill: '#9b6bb0', shape: 'circle', name: 'concept' },
  claim: { fill: '#e685a6', shape: 'diamond', name: 'claim' },
  quotation: { fill: '#b8437a', shape: 'diamond', name: 'quotation' },
  note: { fill: '#333333', shape: 'triangle', name: 'editorial note' },
  voice: { fill: '#9aa5b1', shape: 'circle', name: "article's voice" },
  other: { fill: '#b0b0b0', shape: 'circle', name: 'other' },
};

export const styleOf = (kind: string) => KIND_STYLE[kind] ?? KIND_STYLE.other!;

/** Claim content (stated, not asserted) is drawn dashed in this colour. */
export const CONTENT_COLOUR = '#9b6bb0';
export const EDGE_COLOUR = '#8a8f98';
