// Quick start: load the bundled article, count what is in it, ask one question three ways.
import { loadArticle } from 'claimgraph';

const kg = await loadArticle();
const [article] = kg.articles();
console.log(`${article!.label}: ${article!.counts.claims} claims, ${article!.counts.quotations} quotations, ${article!.counts.weapons} weapons systems`);

// 1. A typed helper
console.log('Quoted most:', kg.quotations({ speaker: 'Trump' }).length, 'quotations by Donald Trump');

// 2. SPARQL (prefixes such as schema: and prov: are predeclared)
const rows = await kg.select('SELECT (COUNT(?q) AS ?n) WHERE { ?q a schema:Quotation ; cg:holder ?who }', { bindings: { who: kg.entity('Trump').iri } });
console.log('SPARQL agrees:', rows[0]!.n);

// 3. Traversal over the graphology projection
const path = kg.path('Donald Trump', 'Moscow')!;
console.log('Trump to Moscow:', path.nodes.map((n) => n.label).join(' → '));
