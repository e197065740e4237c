/**
 * The typed helpers, one module per question (articles, entities, statements, evidence,
 * weapons, sources, notes). Each reads the store through its indexes (no SPARQL) and returns
 * plain objects; the SPARQL counterparts live in src/sparql/queries.
 */
export { articles } from './articles.js';
export { entities, entity, events, places, resolveEntity } from './entities.js';
export { claims, quotations, statements } from './statements.js';
export { attribution, descriptions, evidence } from './evidence.js';
export { weapons } from './weapons.js';
export { sources } from './sources.js';
export { notes } from './notes.js';
