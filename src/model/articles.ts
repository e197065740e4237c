/** The articles in the graph, each with its counts of what it holds. */
import { cg, itsrdf, nif, schema } from '../vocab.js';
import { sourcesOf } from './sources.js';
import type { Article } from './types.js';
import { DEFAULT_GRAPH, type GraphView } from './view.js';

export function articles(view: GraphView): Article[] {
  return view.articleIris().map((iri) => {
    const within = (x: string) => x.startsWith(`${iri}/`);
    const ctx = `${iri}/text`;
    const mentioned = new Set(
      view.store
        .getQuads(null, itsrdf.taIdentRef, null, DEFAULT_GRAPH)
        .filter((q) => q.subject.value.startsWith(ctx))
        .map((q) => q.object.value),
    );
    const stmts = [...view.ofType(schema.Claim), ...view.ofType(schema.Quotation)].filter(within);
    return {
      ...view.ref(iri),
      language: view.object(iri, schema.inLanguage)?.value,
      published: view.object(iri, schema.datePublished)?.value,
      description: view.object(iri, schema.description)?.value,
      textLength: Number(view.object(ctx, nif.endIndex)?.value ?? 0),
      counts: {
        entities: [...mentioned].filter((e) => !['claim', 'quotation', 'note', 'other'].includes(view.kind(e))).length,
        claims: view.ofType(schema.Claim).filter(within).length,
        quotations: view.ofType(schema.Quotation).filter(within).length,
        weapons: view.ofType(cg.WeaponSystem).filter((w) => mentioned.has(w)).length,
        sources: sourcesOf(view, stmts).length,
        sentences: view.ofType(nif.Sentence).filter((s) => s.startsWith(ctx)).length,
      },
    };
  });
}
