/**
 * Every failure the library reports is one of these classes, so callers can
 * `catch (e) { if (e instanceof ClaimGraphError) … }` and show `e.message`
 * to a person: each message names the place and the fix.
 */
export class ClaimGraphError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** A file or string that does not parse; carries the place of the fault. */
export class ParseError extends ClaimGraphError {
  constructor(
    message: string,
    readonly source: string,
    readonly line?: number,
    readonly column?: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** A format name or file extension the library does not read or write. */
export class UnsupportedFormatError extends ClaimGraphError {}

/** An id, IRI or label that names nothing in the graph. */
export class UnknownEntityError extends ClaimGraphError {
  constructor(
    readonly query: string,
    readonly suggestions: string[],
    what = 'entity',
  ) {
    super(
      `Unknown ${what} "${query}".` +
        (suggestions.length ? ` Did you mean ${suggestions.map((s) => `"${s}"`).join(', ')}?` : '') +
        ` Pass an IRI, a short id or a label of a loaded ${what}.`,
    );
  }
}

/** A helper argument of the wrong shape (not a missing name: see UnknownEntityError). */
export class InvalidArgumentError extends ClaimGraphError {}

/** A SPARQL query that does not parse; line and column are 1-based. */
export class QuerySyntaxError extends ClaimGraphError {
  constructor(
    message: string,
    readonly line?: number,
    readonly column?: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** A query refused before it ran: an update without opt-in, SERVICE, FROM, unnamed sources. */
export class QueryRefusedError extends ClaimGraphError {}

/** A query, or a request to a remote store, stopped by its timeout (QueryTimeoutError) or its AbortSignal (QueryAbortedError). */
export class QueryTimeoutError extends ClaimGraphError {}
export class QueryAbortedError extends ClaimGraphError {}

/** A result larger than the caller's row cap. */
export class ResultLimitError extends ClaimGraphError {}

/** An article annotation that cannot be compiled; names the file and line. */
export class AnnotationError extends ClaimGraphError {
  constructor(
    message: string,
    readonly file: string,
    readonly line?: number,
  ) {
    super(message);
  }
}

/** A graph that breaks the SHACL shapes or the checks beyond them. */
export class ValidationError extends ClaimGraphError {
  constructor(
    message: string,
    readonly problems: readonly { message: string; focus?: string; path?: string; place?: string }[],
  ) {
    super(message);
  }
}

/** A remote SPARQL store that failed or refused (one that does not answer in time raises QueryTimeoutError). */
export class EndpointError extends ClaimGraphError {
  constructor(
    message: string,
    readonly endpoint: string,
    readonly status?: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
