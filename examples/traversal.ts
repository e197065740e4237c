// Traversal: neighbourhoods, a shortest connection, and the most central nodes.
import { loadArticle } from 'claimgraph';

const kg = await loadArticle();
const near = kg.neighbors('David Ignatius', { depth: 1 });
console.log(
  `Within one hop of David Ignatius: ${near.length} nodes, including ${near
    .filter((n) => n.kind === 'organization')
    .map((n) => n.label)
    .join(', ')}`,
);

const path = kg.path('David Ignatius', 'Moscow')!;
console.log('From Ignatius to Moscow:');
for (const step of path.steps) console.log(`  ${step.from.label} ${step.forward ? '—' : '←'}${step.predicate}${step.forward ? '→' : '—'} ${step.to.label}`);

console.log(
  'Most central people:',
  kg
    .central({ kinds: ['person'], limit: 3 })
    .map((n) => n.label)
    .join(', '),
);
