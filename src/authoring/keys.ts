/**
 * Unknown keys in an annotation: a misspelt key (`hedeg:`, `sameClaimAs:`) would otherwise be
 * ignored without a word and its statement compiled without it. The allowed keys come from
 * ontology/annotation.schema.json, the one description of the format editors also use.
 */
import { readFileSync } from 'node:fs';
import { closest } from 'fastest-levenshtein';
import { packagePath } from '../paths.js';

interface Schema {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, Schema>;
  additionalProperties?: boolean | Schema;
  items?: Schema;
  oneOf?: Schema[];
  anyOf?: Schema[];
  allOf?: Schema[];
}

export interface UnknownKey {
  /** Where the key is, as keys and indexes from the top of the annotation. */
  path: (string | number)[];
  key: string;
  /** The allowed key nearest in spelling. */
  suggestion?: string;
}

let root: (Schema & { $defs: Record<string, Schema> }) | undefined;
const schema = () => (root ??= JSON.parse(readFileSync(packagePath('ontology', 'annotation.schema.json'), 'utf8')));

const deref = (s: Schema): Schema => (s.$ref ? deref(schema().$defs[s.$ref.replace('#/$defs/', '')]!) : s);

/** The object-shaped alternatives of a schema (a value may be an id string or an object, say). */
function objectShapes(s: Schema): Schema[] {
  const d = deref(s);
  const own = d.properties || d.additionalProperties !== undefined ? [d] : [];
  return [...own, ...[...(d.oneOf ?? []), ...(d.anyOf ?? []), ...(d.allOf ?? [])].flatMap(objectShapes)];
}

function walk(value: unknown, s: Schema, path: (string | number)[], out: UnknownKey[]): void {
  if (Array.isArray(value)) {
    const d = deref(s);
    const items = [d, ...(d.oneOf ?? []), ...(d.anyOf ?? [])].map(deref).find((x) => x.items)?.items;
    if (items) for (const [i, v] of value.entries()) walk(v, items, [...path, i], out);
    return;
  }
  if (!value || typeof value !== 'object') return;
  const shapes = objectShapes(s);
  if (!shapes.length) return;
  for (const [key, v] of Object.entries(value)) {
    const declared = shapes.find((x) => x.properties && Object.hasOwn(x.properties, key));
    if (declared) {
      walk(v, declared.properties![key]!, [...path, key], out);
      continue;
    }
    // Every object in the format is closed or says what its other keys hold (entities by id, say);
    // the alternatives that only require a key (`anyOf: [{ required: [holder] }, …]`) open nothing.
    const open = shapes.find((x) => x.additionalProperties === true || typeof x.additionalProperties === 'object');
    if (open) {
      if (typeof open.additionalProperties === 'object') walk(v, open.additionalProperties, [...path, key], out);
      continue;
    }
    const allowed = shapes.flatMap((x) => Object.keys(x.properties ?? {}));
    out.push({ path, key, ...(allowed.length ? { suggestion: closest(key, allowed) } : {}) });
  }
}

/** Every key the annotation format does not have, with the nearest one it does. */
export function unknownKeys(annotation: unknown): UnknownKey[] {
  const out: UnknownKey[] = [];
  walk(annotation, schema(), [], out);
  return out;
}
