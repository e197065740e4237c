/** The raw Oxigraph engine as the W3C runners use it: a store filled from RDF/JS quads, blank node labels kept. */
import type { Quad, Term } from '@rdfjs/types';
import oxigraph from 'oxigraph';

const oxTerm = (t: Term): any => {
  switch (t.termType) {
    case 'NamedNode':
      return oxigraph.namedNode(t.value);
    case 'BlankNode':
      return oxigraph.blankNode(t.value);
    case 'Literal': {
      const l = t as Term & { language: string; datatype: Term };
      return l.language ? oxigraph.literal(l.value, l.language) : oxigraph.literal(l.value, oxigraph.namedNode(l.datatype.value));
    }
    default:
      return oxigraph.defaultGraph();
  }
};

export function oxigraphStore(quads: Iterable<Quad>): oxigraph.Store {
  const store = new oxigraph.Store();
  for (const q of quads) store.add(oxigraph.quad(oxTerm(q.subject), oxTerm(q.predicate), oxTerm(q.object), oxTerm(q.graph)));
  return store;
}
