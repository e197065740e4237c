/** Editorial notes from the curators' graphs, in no layer of what the article says. */
import type { Term } from '@rdfjs/types';
import { cg, dcterms, oa, rdf } from '../vocab.js';
import { optional } from './common.js';
import type { ArticleFilter, EditorialNote } from './types.js';
import type { GraphView } from './view.js';

export function notes(view: GraphView, filter: ArticleFilter = {}): EditorialNote[] {
  const article = view.articleFilter(filter.article);
  return view.store
    .getSubjects(rdf.type, cg.EditorialNote, null)
    .map((t) => t.value)
    .filter((n) => !article || n.startsWith(`${article}/`))
    .map((n) => {
      const get = (p: Term) => view.objectsInAnyGraph(n, p);
      return {
        ...view.ref(n),
        label: get(oa.bodyValue)[0]?.value.slice(0, 80) ?? view.shortId(n),
        text: get(oa.bodyValue)[0]?.value ?? '',
        motivation: get(oa.motivatedBy)[0]?.value === oa.assessing.value ? ('assessing' as const) : ('commenting' as const),
        targets: get(oa.hasTarget).map((t) => view.ref(t.value)),
        ...optional('creator', get(dcterms.creator)[0]?.value),
      };
    });
}
