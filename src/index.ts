// The public surface: re-exports only.
export { ClaimGraph, type LoadOptions, type LoadReport, type SerializeOptions } from './graph.js';
export { loadArticle, bundledArticles, BUNDLED_ARTICLE } from './bundled.js';
export { compileAnnotation, findSpan, articleIri, entityIri, type CompiledArticle } from './authoring/compile.js';
export { compileAnnotationSource, compileAnnotationFile } from './authoring/read.js';
export type * from './authoring/format.js';
export { ENTITY_TYPES } from './authoring/format.js';
export type * from './model/types.js';
export { GraphView } from './model/view.js';
export { formatRange } from './model/range.js';
export { VersionedStore } from './store.js';
export * from './errors.js';
export { PREFIXES, BASE, prefixDeclarations, compact, expand, cg, schema, prov, rdf, rdfs, skos, nif, itsrdf, oa, np, xsd } from './vocab.js';
export { RDF_FORMATS, type RdfFormat, type InputFormat } from './io/formats.js';
export { sentences } from './text/spans.js';
export { buildPayload, explorerPage, type PayloadOptions, type ExplorerOptions } from './render/html/payload.js';
export { renderPage, type RenderPageOptions, type PagePayload, type NodeAttrs, type NodeDetails, type StatementView } from './render/html/page.js';
export * from './render/index.js';
export { DEFAULT_REMOTE_GRAPH, catalogGraph, type PublishOptions, type PublishProgress, type PublishReport } from './remote/publish.js';
export type { RemoteClaimGraph, RemoteOptions, RemoteQueryOptions } from './remote/endpoint.js';
export type { Auth, EndpointOptions } from './remote/http.js';
export type { Dataset } from './remote/protocol.js';
export { validate, assertConforms, formatProblem, type ValidateOptions, type ValidationReport, type Problem, type Severity } from './validate/index.js';
export { loadCorpus, validateFiles, identityLinks, corpusFiles, type CorpusOptions } from './corpus.js';
export { article, type ArticleBuilder } from './authoring/builder.js';
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
export { serve, createServer, DEFAULT_SERVE_TIMEOUT, DEFAULT_BODY_LIMIT, type ServeOptions, type Server } from './server/index.js';
export type { QueryOptions, EngineChoice } from './sparql/engine.js';
export type { Rows, Row, Value } from './sparql/results.js';
export type { WalkOptions, Neighbor, Path, PathStep } from './traverse/walk.js';
export type { Projection, Layer, NodeAttributes, EdgeAttributes } from './traverse/projection.js';
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
