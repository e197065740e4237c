/** The IRIs the compiler mints for articles, entities and annotators, shared by every module that must name them alike. */
import { BASE, PREFIXES } from '../vocab.js';

export const articleIri = (slug: string) => `${BASE}article/${slug}`;
export const entityIri = (id: string) => PREFIXES.id + id;

/** The IRI of an annotator, shared by every article they annotated. */
export const agentIri = (name: string) =>
  `${BASE}agent/${
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'anonymous'
  }`;
