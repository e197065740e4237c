/**
 * Classes SHACL cannot check without inference: holders, audiences and step agents are agents
 * (people, organisations, unnamed sources), not places; cg:madeIn names an event; relations
 * between statements (supports, opposes, denies, corrects, retracts, within) point to statements.
 * Subclasses come from the ontology (cg:UnnamedPerson is a cg:UnnamedSource).
 */
import type { Term } from '@rdfjs/types';
import { cg, compact, prov, schema } from '../vocab.js';
import type { Problem } from './report.js';
import { DEFAULT, classesOf, id, problem, statements, typeList, type Check } from './common.js';

const AGENTS = [
  schema.Person,
  schema.Organization,
  schema.GovernmentOrganization,
  schema.NewsMediaOrganization,
  schema.Corporation,
  cg.UnnamedSource,
  prov.Agent,
  prov.Person,
  prov.SoftwareAgent,
].map((t) => t.value);
const EVENTS = [schema.Event.value];
const STATEMENTS = [schema.Claim.value, schema.Quotation.value];
const AGENT_FIX =
  'an entity of type Person, Organization, GovernmentOrganization, NewsOutlet, UnnamedPerson or UnnamedGroup (a place speaks only by metonymy: link the government or people meant)';

interface Rule {
  p: Term;
  allowed: string[];
  what: string;
  fix: string;
}

const RULES: Rule[] = [
  { p: cg.holder, allowed: AGENTS, what: 'a person, organisation or unnamed source', fix: `make \`holder:\` (or \`speaker:\`) ${AGENT_FIX}` },
  { p: schema.audience, allowed: AGENTS, what: 'a person, organisation or unnamed group', fix: `make \`audience:\` ${AGENT_FIX}` },
  { p: cg.madeIn, allowed: EVENTS, what: 'an event', fix: 'make `event:` an entity of type Meeting, Speech, Interview, Statement or Event' },
  ...(['supports', 'opposes', 'denies', 'corrects', 'retracts', 'withinStatement'] as const).map((k) => ({
    p: cg[k],
    allowed: STATEMENTS,
    what: 'a claim or quotation record',
    fix: `make \`${k === 'withinStatement' ? 'within' : k}:\` the id of a claim or quotation (or \`other-article/claim/id\` in another article of the corpus)`,
  })),
];

const STEP_AGENT: Rule = {
  p: prov.agent,
  allowed: AGENTS,
  what: "an agent (person, organisation, unnamed source or the article's voice)",
  fix: `make each \`via:\` step a document with an author or publisher, or ${AGENT_FIX}`,
};

export function classProblems(c: Check): Problem[] {
  const out: Problem[] = [];
  for (const record of statements(c.store)) {
    for (const rule of RULES) for (const target of c.store.getObjects(record, rule.p, DEFAULT)) out.push(...classProblem(c, record, target, rule));
    for (const step of c.store.getObjects(record, cg.reportStep, DEFAULT)) {
      for (const agent of c.store.getObjects(step, prov.agent, DEFAULT)) out.push(...classProblem(c, step, agent, STEP_AGENT, [id(record)]));
    }
  }
  return out;
}

function classProblem(c: Check, subject: Term, target: Term, rule: Rule, near: string[] = []): Problem[] {
  if (target.termType === 'Literal') return []; // SHACL reports literals where IRIs belong
  if (rule.allowed === STATEMENTS && elsewhere(c, target)) return [];
  const classes = classesOf(c.store, target);
  const ok = rule.allowed.some((t) => classes.has(t)) && !(rule.allowed === AGENTS && classes.has(schema.Place.value));
  if (ok) return [];
  return [
    problem(
      c,
      id(subject),
      `${compact(rule.p.value)} of ${compact(subject.value)} is ${compact(target.value)} (${typeList(c.store, target, compact)}), not ${rule.what}.`,
      `In the annotation, ${rule.fix}.`,
      { path: compact(rule.p.value), near },
    ),
  ];
}

/** A statement of another article that is not in this store: the corpus validator checks it. */
function elsewhere(c: Check, target: Term): boolean {
  const m = /^(.*\/article\/[a-z0-9-]+)\/(claim|quote)\/[a-z0-9-]+$/.exec(target.value);
  return !!m && c.store.countQuads(m[1]!, null, null, DEFAULT) === 0;
}
