/** Sources: every agent, document and outlet in the chains of reports, past the article itself. */
import { cg, prov, schema } from '../vocab.js';
import { byLabel } from './common.js';
import type { ArticleFilter, Source } from './types.js';
import type { GraphView } from './view.js';

export function sources(view: GraphView, filter: ArticleFilter = {}): Source[] {
  const article = view.articleFilter(filter.article);
  const stmts = [...view.ofType(schema.Claim), ...view.ofType(schema.Quotation)].filter((s) => !article || view.articleOf(s) === article);
  return sourcesOf(view, stmts);
}

/** Every agent, document and outlet in the chains of the given statements, past the article itself. */
export function sourcesOf(view: GraphView, stmts: string[]): Source[] {
  const found = new Map<string, Set<string>>();
  const note = (node: string | undefined, statement: string) => {
    if (!node || view.kind(node) === 'article' || view.kind(node) === 'voice') return;
    let set = found.get(node);
    if (!set) found.set(node, (set = new Set()));
    set.add(statement);
  };
  for (const s of stmts) {
    for (const step of view.objects(s, cg.reportStep)) {
      note(view.object(step.value, prov.agent)?.value, s);
      const doc = view.object(step.value, cg.document)?.value;
      note(doc, s);
      // The reporting article's own publisher carries every statement; it is not a cited source.
      if (doc && view.kind(doc) !== 'article') note(view.object(doc, schema.publisher)?.value, s);
    }
  }
  return [...found.entries()]
    .map(([iri, statementsOf]) => {
      const kind = view.kind(iri);
      return {
        ...view.ref(iri),
        kind,
        unnamed: kind === 'unnamed-source',
        outlet: view.types(iri).includes(schema.NewsMediaOrganization.value),
        statements: [...statementsOf].map((s) => view.ref(s)),
      };
    })
    .sort(byLabel);
}
