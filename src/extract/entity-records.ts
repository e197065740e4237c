/**
 * The registry's entities as the records of the draft: their names (only where every occurrence
 * of a name is the entity's), explicit mentions and descriptions; an entity the corpus already
 * knows by the same name and kind takes the corpus id. Separate from the name finding in
 * entities.ts, which builds the registry the attribution stages share.
 */
import { ENTITY_TYPES, type EntityAnnotation } from '../authoring/format.js';
import { nameOccurrences } from '../text/spans.js';
import { flat } from './entities.js';
import type { Reading } from './findings.js';
import { specOf, uniqueSpans } from './span-helpers.js';

/** Corpus ids for entities the corpus knows by the same name. */
export function adoptKnownIds({ text, registry }: Reading, known: Record<string, Pick<EntityAnnotation, 'type' | 'label' | 'names'>>): void {
  const key = (x: string) =>
    x
      .toLowerCase()
      .replace(/\([^)]*\)/g, '')
      .replace(/^the\s+/, '')
      .replace(/\s+/g, ' ')
      .trim();
  const byName = new Map<string, string>();
  for (const [id, k] of Object.entries(known))
    for (const n of [k.label, ...(k.names ?? [])])
      if (!byName.has(`${ENTITY_TYPES[k.type]?.kind}:${key(n)}`)) byName.set(`${ENTITY_TYPES[k.type]?.kind}:${key(n)}`, id);
  const taken = new Set(registry.list.map((e) => e.id));
  for (const e of registry.list) {
    const names = [e.label, ...e.mentions.filter((m) => m.kind === 'name').map((m) => flat(text.slice(m.begin, m.end)))];
    const id = names.map((n) => byName.get(`${ENTITY_TYPES[e.type].kind}:${key(n)}`)).find(Boolean);
    if (!id || id === e.id || taken.has(id)) continue;
    taken.delete(e.id);
    taken.add(id);
    e.id = id;
  }
}

/** Every entity with a mention, or kept without one, as a record keyed by its id. */
export function entityRecords({ text, registry }: Reading): Record<string, EntityAnnotation> {
  const entityOut: Record<string, EntityAnnotation> = {};
  for (const e of registry.list) {
    if (!e.mentions.length && !e.unmentioned) continue;
    const mentions = [...e.mentions].sort((a, b) => a.begin - b.begin);
    const names = [...new Set(mentions.filter((m) => m.kind === 'name' || m.kind === 'alias').map((m) => flat(text.slice(m.begin, m.end))))];
    // A name is given as a name only when every whole-word occurrence of it is this entity's mention.
    const safe = names.filter((n) =>
      nameOccurrences(text, n).every(
        (o) =>
          mentions.some((m) => m.begin <= o.begin && m.end >= o.end) &&
          !registry.list.some((x) => x !== e && x.mentions.some((m) => m.begin === o.begin && m.end === o.end)),
      ),
    );
    const out: EntityAnnotation = {
      type: e.type,
      label: e.label,
      ...(safe.length ? { names: safe } : {}),
      ...(e.category ? { category: e.category } : {}),
      confidence: Math.min(0.9, e.confidence),
    };
    const explicit = mentions.filter((m) => !safe.some((n) => nameOccurrences(text, n).some((o) => o.begin === m.begin && o.end === m.end)));
    if (explicit.length) out.mentions = explicit.map((m) => specOf(text, m, Math.min(0.9, m.confidence)));
    const described = uniqueSpans(e.described);
    if (described.length) out.described = described.map((d) => specOf(text, d));
    entityOut[e.id] = out;
  }
  return entityOut;
}
