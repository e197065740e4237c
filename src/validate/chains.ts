/**
 * Chains of reports: positions 1..n once each, step 1 the reporting article, the last step's
 * agent the holder, and cg:sourcing what the chain implies (src/authoring/chain.ts).
 */
import type { Term } from '@rdfjs/types';
import { DataFactory } from 'n3';
import { deriveSourcing, type AgentKind, type ChainStep } from '../authoring/chain.js';
import { conceptScheme, notationOf } from '../ontology.js';
import { cg, compact, prov, schema } from '../vocab.js';
import type { Problem } from './report.js';
import { DEFAULT, articleOf, classesOf, id, one, problem, statements, type Check } from './common.js';

interface Step {
  node: Term;
  position: number;
  agent?: string;
  document?: string;
}

export function chainProblems(c: Check): Problem[] {
  const out: Problem[] = [];
  for (const record of statements(c.store)) {
    const steps = stepsOf(c, record);
    if (!steps.length) continue; // SHACL asks for a chain
    const positions = positionProblem(c, record, steps);
    if (positions) {
      out.push(positions);
      continue;
    }
    out.push(...firstStep(c, record, steps[0]!), ...lastStep(c, record, steps[steps.length - 1]!), ...sourcing(c, record, steps));
  }
  return out;
}

function stepsOf(c: Check, record: Term): Step[] {
  return c.store
    .getObjects(record, cg.reportStep, DEFAULT)
    .map((node) => ({
      node,
      position: Number(one(c.store, node, cg.position)?.value),
      agent: one(c.store, node, prov.agent)?.value,
      document: one(c.store, node, cg.document)?.value,
    }))
    .sort((a, b) => a.position - b.position);
}

const RECOMPILE =
  'Recompile the annotation (npm run compile), which numbers the steps from `via:` and `within:`; in the graph, give the steps the positions 1, 2, … n, each once.';

function positionProblem(c: Check, record: Term, steps: Step[]): Problem | undefined {
  const got = steps.map((s) => s.position);
  if (got.every((p, i) => p === i + 1)) return undefined;
  const shown = got.map((p) => (Number.isNaN(p) ? 'none' : String(p))).join(', ');
  return problem(
    c,
    id(record),
    `The chain of reports of ${compact(record.value)} has the positions ${shown}; they must run 1..${steps.length} without gaps or repeats.`,
    RECOMPILE,
    { path: 'cg:position' },
  );
}

function firstStep(c: Check, record: Term, step: Step): Problem[] {
  const article = articleOf(c.store, record)?.value;
  if (!article) return []; // SHACL asks for the article
  const own = new Set([
    article,
    `${article}/voice`,
    ...[schema.publisher, schema.author].flatMap((p) => c.store.getObjects(article, p, DEFAULT).map((t) => t.value)),
  ]);
  const byDocument = step.document === undefined || step.document === article;
  const byAgent = step.agent === undefined || own.has(step.agent);
  if (byDocument && byAgent && (step.document ?? step.agent)) return [];
  const what = [step.document && `document ${compact(step.document)}`, step.agent && `agent ${compact(step.agent)}`].filter(Boolean).join(' and ');
  return [
    problem(
      c,
      id(step.node),
      `Step 1 of the chain of ${compact(record.value)} is ${what || 'empty'}, not the reporting article ${compact(article)}.`,
      `Step 1 is the article itself: cg:document ${compact(article)} (its agent, if any, the article's voice, author or publisher); put the reports it went through after it, in \`via:\`.`,
      { path: 'cg:document', near: [id(record)] },
    ),
  ];
}

function lastStep(c: Check, record: Term, step: Step): Problem[] {
  const holder = one(c.store, record, cg.holder)?.value;
  if (!holder || step.agent === holder) return [];
  return [
    problem(
      c,
      id(step.node),
      `The last step (${step.position}) of the chain of ${compact(record.value)} has ${step.agent ? `the agent ${compact(step.agent)}` : 'no agent'}, but the statement's holder is ${compact(holder)}.`,
      `The chain ends with the holder: give the last cg:ReportStep prov:agent ${compact(holder)}, or make \`holder:\` the one who says it and list only the intermediaries in \`via:\`.`,
      { path: 'prov:agent', near: [id(record)] },
    ),
  ];
}

function sourcing(c: Check, record: Term, steps: Step[]): Problem[] {
  const coded = one(c.store, record, cg.sourcing)?.value;
  const holder = one(c.store, record, cg.holder)?.value;
  const article = articleOf(c.store, record)?.value;
  if (!coded || !holder || coded === cg.iri('UnspecifiedSourcing').value) return [];
  const kindOf = (agent: string): AgentKind =>
    agent === `${article}/voice` ? 'voice' : classesOf(c.store, DataFactory.namedNode(agent)).has(cg.UnnamedSource.value) ? 'unnamed' : 'named';
  const chain: ChainStep[] = steps.map((s) => ({ ...(s.agent ? { agent: s.agent } : {}), ...(s.document ? { document: s.document } : {}) }));
  const belief = one(c.store, record, cg.channel)?.value === cg.iri('BeliefChannel').value;
  const derived = conceptScheme('SourcingScheme').get(deriveSourcing(chain, holder, kindOf, belief))!.iri;
  if (derived === coded) return [];
  const route = steps.map((s) => compact(s.agent ?? s.document ?? '?') + (s.agent && kindOf(s.agent) === 'unnamed' ? ' (unnamed)' : '')).join(' → ');
  return [
    problem(
      c,
      id(record),
      `${compact(record.value)} is coded ${compact(coded)} (${notationOf(coded)}), but its chain of reports (${route}) makes it ${compact(derived)} (${notationOf(derived)}).`,
      `Sourcing is derived from the chain: remove \`sourcing:\` from the annotation and recompile (or fix \`via:\`, \`within:\` or \`holder:\`); in the graph, set cg:sourcing ${compact(derived)}.`,
      { path: 'cg:sourcing' },
    ),
  ];
}
