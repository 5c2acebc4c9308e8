import { textProblem } from '../common/validation';
import type { Request, RequestHandler, Response } from 'express';
import { GraphQLError, Lexer, Source, TokenKind } from 'graphql';
import { reasonedError } from '../errors';

/**
 * The deepest JSON a GraphQL request may carry. Bianzhi's deepest legitimate
 * request is a mutation's input with a list in it (body → variables → input →
 * list → value, 5 levels); JSON nested thousands deep overflows the stack of
 * whatever walks it later (JSON.stringify of the variables, in the response
 * cache's key), which Apollo answers with a 500.
 */
export const maximumRequestDepth = 64;

type PathKey = string | number;
interface Entry {
  value: unknown;
  depth: number;
  key: PathKey | undefined;
  parent: Entry | undefined;
}

function pathOf(entry: Entry): PathKey[] {
  const path: PathKey[] = [];
  for (let at: Entry | undefined = entry; at?.key !== undefined; at = at.parent) path.unshift(at.key);
  return path;
}

function printPath(path: PathKey[]): string {
  return path.map((key, index) => (typeof key === 'number' ? `[${key}]` : index === 0 ? key : `.${key}`)).join('');
}

export type RequestProblem =
  | { kind: 'tooDeep'; path: PathKey[] }
  | { kind: 'nulCharacter'; path: PathKey[] }
  | { kind: 'unpairedSurrogate'; path: PathKey[] };


/**
 * Walks a decoded request (iteratively: the walk itself must not overflow) and
 * finds the first value nested deeper than `maximumDepth`, or the first string
 * (value or key) holding U+0000, which PostgreSQL cannot store in text and which
 * the embedded engine answers by dropping its connection, or an unpaired
 * surrogate, which PostgreSQL refuses in the audit trail's JSON. Every argument
 * of every operation comes through here (variables) or through the parser
 * (literals, where graphql-js refuses unpaired surrogates itself).
 */
export function findRequestProblem(value: unknown, maximumDepth = maximumRequestDepth): RequestProblem | undefined {
  const stack: Entry[] = [{ value, depth: 0, key: undefined, parent: undefined }];
  while (stack.length) {
    const entry = stack.pop()!;
    const current = entry.value;
    if (typeof current === 'string') {
      const problem = textProblem(current);
      if (problem) return { kind: problem, path: pathOf(entry) };
      continue;
    }
    if (current === null || typeof current !== 'object') continue;
    if (entry.depth >= maximumDepth) return { kind: 'tooDeep', path: pathOf(entry) };
    if (Array.isArray(current)) {
      for (let index = current.length - 1; index >= 0; index -= 1) {
        stack.push({ value: current[index], depth: entry.depth + 1, key: index, parent: entry });
      }
    } else {
      for (const [key, member] of Object.entries(current)) {
        const problem = textProblem(key);
        if (problem) return { kind: problem, path: [...pathOf(entry), key] };
        stack.push({ value: member, depth: entry.depth + 1, key, parent: entry });
      }
    }
  }
  return undefined;
}

/** Spellings of U+0000 in a GraphQL string: `\u0000` and `\u{0}`; only a document holding one is lexed. */
const nulEscape = /\\u(?:0000|\{0+\})/i;

/** Whether a string literal of the GraphQL document (not a comment, not an escaped backslash) holds U+0000. */
export function documentHoldsNul(query: string): boolean {
  if (!nulEscape.test(query)) return false;
  const lexer = new Lexer(new Source(query));
  try {
    for (let token = lexer.advance(); token.kind !== TokenKind.EOF; token = lexer.advance()) {
      if ((token.kind === TokenKind.STRING || token.kind === TokenKind.BLOCK_STRING) && token.value.includes('\u0000')) return true;
    }
  } catch (error) {
    // A syntax error: Apollo reports it.
    if (!(error instanceof GraphQLError)) throw error;
  }
  return false;
}

/** The JSON parameters of a GET request (`variables`, `extensions` are JSON text); what Apollo cannot decode it refuses itself. */
function getParameters(request: Request): Record<string, unknown> {
  const url = request.originalUrl;
  const search = new URLSearchParams(url.includes('?') ? url.slice(url.indexOf('?') + 1) : '');
  const parameters: Record<string, unknown> = {};
  for (const [name, text] of search) {
    if (name === 'variables' || name === 'extensions') {
      try {
        parameters[name] = JSON.parse(text);
      } catch {
        parameters[name] = text;
      }
    } else {
      parameters[name] = text;
    }
  }
  return parameters;
}

function refuse(request: Request, response: Response, message: string, extensions: Record<string, unknown>): void {
  const type = request.accepts(['application/json', 'application/graphql-response+json']) || 'application/json';
  response.status(400).type(type).send(JSON.stringify({ errors: [{ message, extensions }] }));
}

/**
 * What is wrong with a decoded GraphQL request (an HTTP body or GET parameters,
 * or a graphql-ws subscribe payload): JSON nested deeper than `maximumDepth`,
 * or the NUL character in a string (a JSON string, or a string literal of the
 * query). Null when nothing is.
 */
export function requestRefusal(decoded: unknown, maximumDepth = maximumRequestDepth): { message: string; extensions: Record<string, unknown> } | null {
  let problem = findRequestProblem(decoded, maximumDepth);
  const query = (decoded as { query?: unknown } | undefined)?.query;
  if (!problem && typeof query === 'string' && documentHoldsNul(query)) problem = { kind: 'nulCharacter', path: ['query'] };
  if (!problem) return null;
  const where = printPath(problem.path) || 'body';
  const refusal =
    problem.kind === 'tooDeep'
      ? reasonedError('REQUEST_TOO_DEEP', { maximum: maximumDepth }, { field: where })
      : reasonedError(problem.kind === 'unpairedSurrogate' ? 'UNPAIRED_SURROGATE' : 'NUL_CHARACTER', {}, { field: where });
  return { message: refusal.message, extensions: refusal.extensions };
}

/**
 * Refuses such requests with a 400 JSON answer before Apollo sees them. Goes
 * after `express.json()` and before Apollo's middleware; reads POST bodies and
 * GET parameters alike.
 */
export function requestGuard(maximumDepth = maximumRequestDepth): RequestHandler {
  return (request, response, next) => {
    const refusal = requestRefusal(request.method === 'GET' ? getParameters(request) : request.body, maximumDepth);
    if (!refusal) return next();
    refuse(request, response, refusal.message, refusal.extensions);
  };
}
