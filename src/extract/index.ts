/** Drafts from raw text: the extractor and its scoring against curated annotations. */
export { extractArticle, EXTRACTOR_NAME, EXTRACTOR_VERSION, type ExtractOptions } from './extract.js';
export { slugOf } from './slug.js';
export { scoreDraft, formatScores, type DraftScores, type Score, type Accuracy } from './score.js';
