/** The articles shipped with the package, under data/articles. */
import { readdirSync } from 'node:fs';
import { ClaimGraph } from './graph.js';
import { UnknownEntityError } from './errors.js';
import { packagePath } from './paths.js';

export const BUNDLED_ARTICLE = 'trump-tomahawks';

/** Slugs of the bundled articles (each has a .yaml annotation and its compiled .trig). */
export function bundledArticles(): string[] {
  return readdirSync(packagePath('data', 'articles'))
    .filter((f) => f.endsWith('.trig'))
    .map((f) => f.slice(0, -'.trig'.length))
    .sort();
}

/** A graph of one bundled article (by default the Trump–Tomahawks article). */
export async function loadArticle(slug: string = BUNDLED_ARTICLE): Promise<ClaimGraph> {
  const known = bundledArticles();
  if (!known.includes(slug)) throw new UnknownEntityError(slug, known, 'bundled article');
  const kg = new ClaimGraph();
  await kg.loadFile(packagePath('data', 'articles', `${slug}.trig`));
  return kg;
}
