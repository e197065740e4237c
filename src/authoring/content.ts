/**
 * What a statement says, as Turtle in the annotation, parsed into the statement's own named
 * graph. Every id, statement and term it names must be declared, so a typo fails at the
 * annotation's line instead of minting a node nothing else knows.
 */
import type { NamedNode, Quad } from '@rdfjs/types';
import { DataFactory, Parser } from 'n3';
import { inKeptForm } from '../literal-forms.js';
import { closest } from 'fastest-levenshtein';
import { ontologyStore } from '../ontology.js';
import { PREFIXES, prefixDeclarations } from '../vocab.js';
import type { Compilation, KeyPath } from './context.js';
import type { OwnVocabulary } from './document.js';

const { quad } = DataFactory;

/** Writes the content of statement `s` into `graph`. */
export type WriteContent = (graph: NamedNode, s: NamedNode, turtle: string, path: KeyPath) => void;

export function contentWriter(c: Compilation, { own, ownTerms }: OwnVocabulary): WriteContent {
  const { iri, entities, statementIds, fail } = c;
  const prefixBlock = `${prefixDeclarations('turtle')}\n@prefix claim: <${iri}/claim/> .\n@prefix quote: <${iri}/quote/> .\n${own ? `@prefix ${own.prefix}: <${own.namespace}> .\n` : ''}`;
  const prefixLines = prefixBlock.split('\n').length - 1;
  const vocabulary = new Set(
    ontologyStore()
      .getSubjects(null, null, null)
      .map((t) => t.value),
  );
  return (graph, s, turtle, path) => {
    let parsed: Quad[];
    try {
      // Blank nodes named after the statement, anonymous ones ([ ]) counted per statement, keep
      // compiled output the same on every run whatever was compiled before.
      const local = s.value.split('/').pop()!;
      let anonymous = 0;
      const factory = { ...DataFactory, blankNode: (name?: string) => DataFactory.blankNode(name ?? `${local}-b${++anonymous}`) };
      parsed = new Parser({ baseIRI: `${s.value}/`, blankNodePrefix: `${local}-`, factory }).parse(prefixBlock + turtle);
    } catch (e) {
      const m = /on line (\d+)/.exec(String((e as Error).message));
      const line = m ? Number(m[1]) - prefixLines : undefined;
      fail(path, `the content Turtle does not parse${line ? ` (its line ${line})` : ''}: ${(e as Error).message.replace(/ on line \d+\.?/, '')}`);
    }
    for (const q of parsed!) {
      for (const t of [q.subject, q.predicate, q.object]) {
        if (t.termType !== 'NamedNode') continue;
        if (t.value.startsWith(PREFIXES.id) && !(t.value.slice(PREFIXES.id.length) in entities)) {
          const local = t.value.slice(PREFIXES.id.length);
          fail(path, `the content names id:${local}, which is not a declared entity; declare it or use "${closest(local, Object.keys(entities))}".`);
        }
        if ((t.value.startsWith(`${iri}/claim/`) || t.value.startsWith(`${iri}/quote/`)) && ![...statementIds.values()].includes(t.value)) {
          fail(
            path,
            `the content names ${t.value.slice(iri.length + 1)}, which is not a statement of this article; use claim:<id> or quote:<id> of a declared one.`,
          );
        }
        if (t.value.startsWith(PREFIXES.cg) && !vocabulary.has(t.value)) {
          const local = t.value.slice(PREFIXES.cg.length);
          const known = [...vocabulary].filter((v) => v.startsWith(PREFIXES.cg)).map((v) => v.slice(PREFIXES.cg.length));
          fail(
            path,
            `cg:${local} is not in the ontology; use a defined term such as cg:${closest(local, known)}, or declare a term of your own under vocabulary:.`,
          );
        }
        if (own && t.value.startsWith(own.namespace) && !ownTerms.has(t.value)) {
          fail(path, `${own.prefix}:${t.value.slice(own.namespace.length)} is not declared under vocabulary.terms; add it with a label.`);
        }
      }
      // Numbers in the form every engine gives back ("21000.0" as "21000"), see literal-forms.ts.
      c.out.push(quad(q.subject, q.predicate, inKeptForm(q.object), graph));
    }
  };
}
