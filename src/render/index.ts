// Tables, notebook display, pictures and files for graph tools (the explorer page lives in ./html).
export { display, asDisplay, mimeBundle, Displayable, JUPYTER_DISPLAY, type MimeBundle, type DisplayOptions } from './display.js';
export { textTable, htmlTable, toTable, cellText, type TableOptions, type Table } from './table.js';
export { drawSelection, type DrawOptions, type DrawTarget } from './svg.js';
export { selectNodes, DEFAULT_HIDDEN, type SelectOptions, type Selection, type DrawEdge } from './layout.js';
export { exportGraph, toGraphML, toGEXF, toDOT, toMermaid, subProjection, GRAPH_FORMATS, type GraphFormat, type ExportGraphOptions } from './exports.js';
