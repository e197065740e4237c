/** Weapons systems with what the article's claims say they can do: range, targets, use. */
import type { Term } from '@rdfjs/types';
import { DataFactory } from 'n3';
import { conceptScheme, notationOf } from '../ontology.js';
import { cg, compact, schema, skos } from '../vocab.js';
import { optional } from './common.js';
import { entities } from './entities.js';
import type { ArticleFilter, WeaponSystem } from './types.js';
import type { GraphView } from './view.js';

const { namedNode } = DataFactory;

export function weapons(view: GraphView, filter: ArticleFilter = {}): WeaponSystem[] {
  return entities(view, { ...filter, type: 'weapon' }).map((w) => {
    const category = view.object(w.iri, cg.category)?.value;
    const stated = claimsStating(view, w.iri, filter);
    const range = stated.flatMap(({ claim, graph }) =>
      view.store.getObjects(namedNode(w.iri), cg.range, namedNode(graph)).map((r) => {
        const read = (p: Term) => view.store.getObjects(r as never, p as never, namedNode(graph))[0]?.value;
        const number = (p: Term) => (read(p) === undefined ? undefined : Number(read(p)));
        const unitCode = read(schema.unitCode);
        return {
          ...optional('value', number(schema.value)),
          ...optional('min', number(schema.minValue)),
          ...optional('max', number(schema.maxValue)),
          approximate: read(cg.approximate) === 'true',
          unit: read(schema.unitText) ?? unitCode ?? '',
          ...optional('unitCode', unitCode),
          claim: view.ref(claim),
        };
      }),
    )[0];
    const objectsIn = (p: Term) =>
      [...new Set(stated.flatMap(({ graph }) => view.store.getObjects(namedNode(w.iri), p as never, namedNode(graph)).map((t) => t.value)))].map((x) =>
        view.ref(x),
      );
    const targets = objectsIn(cg.canStrike);
    const usedIn = objectsIn(cg.usedIn);
    const capability = [cg.range, cg.canStrike, cg.usedIn].map((p) => p.value);
    return {
      id: w.id,
      iri: w.iri,
      label: w.label,
      category: category ? (notationOf(category) ?? compact(category)) : 'unknown',
      categoryLabel: category ? (view.objectsInAnyGraph(category, skos.prefLabel)[0]?.value ?? conceptLabel(category)) : 'unknown',
      names: w.names,
      ...optional('range', range),
      targets,
      usedIn,
      statedIn: stated
        .filter(({ graph }) => view.store.getQuads(namedNode(w.iri), null, null, namedNode(graph)).some((q) => capability.includes(q.predicate.value)))
        .map(({ claim }) => view.ref(claim)),
      mentions: w.mentions,
    };
  });
}

function conceptLabel(iri: string): string {
  for (const scheme of ['WeaponCategoryScheme'] as const) for (const c of conceptScheme(scheme).values()) if (c.iri === iri) return c.label;
  return compact(iri);
}

/** Claims whose content has the node as subject. */
function claimsStating(view: GraphView, node: string, filter: ArticleFilter): { claim: string; graph: string }[] {
  const article = view.articleFilter(filter.article);
  const graphs = view.contentGraphsWithSubject(node);
  const out: { claim: string; graph: string }[] = [];
  for (const graph of graphs) {
    for (const claim of view.subjects(cg.content, graph)) {
      if (!article || view.articleOf(claim) === article) out.push({ claim, graph });
    }
  }
  return out;
}
