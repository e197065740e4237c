// The public surface: re-exports only.
export { ClaimGraph, type LoadOptions, type LoadReport, type SerializeOptions } from './graph.js';
export { loadArticle, bundledArticles, BUNDLED_ARTICLE } from './bundled.js';
export { compileAnnotation, findSpan, articleIri, entityIri, type CompiledArticle } from './authoring/compile.js';
export { compileAnnotationSource, compileAnnotationFile } from './authoring/read.js';
export type * from './authoring/format.js';
export { ENTITY_TYPES } from './authoring/format.js';
export type * from './model/types.js';
export { GraphView } from './model/view.js';
export { VersionedStore } from './store.js';
export * from './errors.js';
export { PREFIXES, BASE, prefixDeclarations, compact, expand, cg, schema, prov, rdf, rdfs, skos, nif, itsrdf, oa, np, xsd } from './vocab.js';
export { RDF_FORMATS, type RdfFormat, type InputFormat } from './io/formats.js';
export { sentences } from './text/spans.js';
export { buildPayload, explorerPage, type PayloadOptions, type ExplorerOptions } from './render/html/payload.js';
export { renderPage, type RenderPageOptions, type PagePayload, type NodeAttrs, type NodeDetails, type StatementView } from './render/html/page.js';
export * from './render/index.js';
