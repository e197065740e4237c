// The JSON Schema of the annotation format: the bundled annotations validate, broken ones do not,
// and its lists agree with the compiler's (entity types) and the ontology's (SKOS notations).
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ENTITY_TYPES } from '../../src/authoring/format.js';
import { conceptScheme } from '../../src/ontology.js';
import { bundledArticles } from '../../src/bundled.js';

const root = new URL('../../', import.meta.url);
const schema = JSON.parse(readFileSync(new URL('ontology/annotation.schema.json', root), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: true, validateFormats: false });
const check = ajv.compile(schema);
const annotation = (slug: string) => parse(readFileSync(new URL(`data/articles/${slug}.yaml`, root), 'utf8'));

describe('ontology/annotation.schema.json', () => {
  it('accepts every bundled annotation', () => {
    expect(bundledArticles()).toEqual(['envoys-tomahawk-question', 'trump-tomahawks']);
    for (const slug of bundledArticles()) {
      expect(check(annotation(slug)), `${slug}: ${ajv.errorsText(check.errors)}`).toBe(true);
    }
  });

  it('rejects broken annotations, naming the field', () => {
    const broken = (edit: (a: any) => void) => {
      const a = annotation('envoys-tomahawk-question');
      edit(a);
      expect(check(a)).toBe(false);
      return ajv.errorsText(check.errors);
    };
    expect(broken((a) => delete a.article.title)).toMatch(/title/);
    expect(broken((a) => (a.entities.tomahawk.type = 'Missile'))).toMatch(/entities\/tomahawk\/type/);
    expect(broken((a) => (a.claims[0].hedge = 'supposedly'))).toMatch(/claims\/0\/hedge/);
    expect(broken((a) => (a.claims[0].sourse = 'article'))).toMatch(/additional properties/);
    expect(broken((a) => (a.entities['Bad Id'] = { type: 'Person', label: 'x' }))).toMatch(/property name/);
    expect(broken((a) => (a.quotations[0].parts = []))).toMatch(/parts/);
    expect(broken((a) => (a.entities.brussels.wikidata = 'Brussels'))).toMatch(/wikidata/);
    expect(broken((a) => (a.entities['brussels-briefing'].date = '14 March 2025'))).toMatch(/date/);
  });

  it('describes every field', () => {
    const missing: string[] = [];
    const walk = (node: any, path: string) => {
      if (!node || typeof node !== 'object') return;
      if (node.properties) for (const [k, v] of Object.entries<any>(node.properties)) {
        if (!v.description) missing.push(`${path}.${k}`);
        walk(v, `${path}.${k}`);
      }
      for (const key of ['items', 'additionalProperties']) walk(node[key], `${path}[]`);
      for (const [k, v] of Object.entries<any>(node.$defs ?? {})) walk(v, `#${k}`);
      for (const v of node.oneOf ?? []) walk(v, path);
    };
    walk(schema, '');
    expect(missing).toEqual([]);
  });

  it('lists the compiler’s entity types and the ontology’s controlled values', () => {
    const d = schema.$defs;
    expect(d.entity.properties.type.enum).toEqual(Object.keys(ENTITY_TYPES));
    expect(d.claim.properties.hedge.enum).toEqual([...conceptScheme('HedgeScheme').keys()]);
    expect(d.claim.properties.sourcing.enum).toEqual([...conceptScheme('SourcingScheme').keys()]);
    expect(d.claim.properties.channel.enum).toEqual([...conceptScheme('ChannelScheme').keys()]);
    expect(d.entity.properties.category.enum).toEqual([...conceptScheme('WeaponCategoryScheme').keys()]);
  });
});
