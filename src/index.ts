// The public surface: re-exports only. Every name here is listed in the README's "Public surface"
// section, and test/surface.test.ts fails when the two differ; internals (the store wrapper, the
// view over its indexes, the explorer's payload and layout steps) stay importable inside the
// package but are not part of it.

// The graph, loading and export.
export { ClaimGraph, type LoadOptions, type LoadReport, type SerializeOptions } from './graph.js';
export { loadArticle, bundledArticles, BUNDLED_ARTICLE } from './bundled.js';
export { loadCorpus, validateFiles, type CorpusOptions } from './corpus.js';
export { RDF_FORMATS, type RdfFormat, type InputFormat } from './io/formats.js';

// Authoring: the annotation format, its compiler and the typed builder.
export { compileAnnotation, articleIri, entityIri, type CompiledArticle } from './authoring/compile.js';
export { compileAnnotationSource, compileAnnotationFile } from './authoring/read.js';
export type * from './authoring/format.js';
export { ENTITY_TYPES } from './authoring/format.js';
export { article, type ArticleBuilder } from './authoring/builder.js';
export type {
  EntityRef,
  StatementRef,
  ForeignStatementRef,
  Hedge,
  Sourcing,
  Channel,
  WeaponCategory,
  Certainty,
  Polarity,
  Time,
  Stance,
  Holder,
  ViaInput,
  EntityInput,
  ClaimInput,
  QuotationInput,
  NoteInput,
  Factuality as FactualityInput,
} from './authoring/builder.js';
export {
  extractArticle,
  scoreDraft,
  formatScores,
  EXTRACTOR_NAME,
  EXTRACTOR_VERSION,
  type ExtractOptions,
  type DraftScores,
  type Score,
  type Accuracy,
} from './extract/index.js';

// What the typed helpers return.
export type * from './model/types.js';
export { formatRange } from './model/range.js';
export { sentences } from './text/spans.js';

// SPARQL, traversal and vocabulary.
export type { QueryOptions, EngineChoice } from './sparql/engine.js';
export type { Rows, Row, Value } from './sparql/results.js';
export type { WalkOptions, Neighbor, Path, PathStep } from './traverse/walk.js';
export type { Projection, Layer, NodeAttributes, EdgeAttributes } from './traverse/projection.js';
export { PREFIXES, BASE, prefixDeclarations, compact, expand, cg, schema, prov, rdf, rdfs, skos, nif, itsrdf, oa, np, xsd } from './vocab.js';

// Validation and errors.
export { validate, assertConforms, formatProblem, type ValidateOptions, type ValidationReport, type Problem, type Severity } from './validate/index.js';
export * from './errors.js';

// Pictures, tables, notebook display, files for graph tools, the explorer page.
export { display, asDisplay, mimeBundle, Displayable, JUPYTER_DISPLAY, type MimeBundle, type DisplayOptions } from './render/display.js';
export { textTable, htmlTable, toTable, type TableOptions, type Table } from './render/table.js';
export type { DrawOptions, DrawTarget } from './render/svg.js';
export { exportGraph, toGraphML, toGEXF, toDOT, toMermaid, GRAPH_FORMATS, type GraphFormat, type ExportGraphOptions } from './render/exports.js';
export type { ExplorerOptions } from './render/html/payload.js';

// Beyond one machine: SPARQL endpoints, and serving one.
export { DEFAULT_REMOTE_GRAPH, type PublishOptions, type PublishProgress, type PublishReport } from './remote/publish.js';
export type { RemoteClaimGraph, RemoteOptions, RemoteQueryOptions } from './remote/endpoint.js';
export type { Auth, EndpointOptions } from './remote/http.js';
export type { Dataset } from './remote/protocol.js';
export { serve, createServer, DEFAULT_SERVE_TIMEOUT, DEFAULT_BODY_LIMIT, type ServeOptions, type Server } from './server/index.js';
