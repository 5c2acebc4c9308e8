import { Extensions } from 'type-graphql';

/** The deepest bureau path that both paths lie under: their common ancestor ('' for the whole registry). */
export function commonAncestor(first: string, second: string): string {
  if (second.startsWith(first)) return first;
  if (first.startsWith(second)) return second;
  let shared = 0;
  while (first[shared] === second[shared]) shared++;
  // Paths end in '/': the common ancestor ends at the last slash both share.
  return first.slice(0, first.lastIndexOf('/', shared - 1) + 1);
}

/**
 * The part of the bureau tree one answer was read from, so that the response
 * cache can keep it while other subtrees change: every record that reaches an
 * answer passes a place check (a by-id read, a link, a list's conditions), and
 * each check widens the scope to cover the record's place. Nested fields read
 * within their parent's place (its staff, its subordinates, its figures), so
 * they need not widen it. A read whose place is unknown covers the whole
 * jurisdiction.
 */
export class ReadScope {
  private covered: string | null = null;

  constructor(private readonly jurisdictionPath: string) {}

  /** Widens the scope to cover a place that the answer read from. */
  cover(bureauPath: string): void {
    this.covered = this.covered === null ? bureauPath : commonAncestor(this.covered, bureauPath);
  }

  /** For reads that may depend on anything the caller can see (a record that does not exist, yet). */
  coverJurisdiction(): void {
    this.cover(this.jurisdictionPath);
  }

  /** The path of the subtree covering every read so far; the jurisdiction when nothing said where it read. */
  get path(): string {
    return this.covered ?? this.jurisdictionPath;
  }
}

/** The field extension that ReportsReadScope sets. */
export const reportsReadScopeExtension = 'reportsReadScope';

/**
 * Declares that a query field reports where it reads (its records through
 * `withinJurisdiction`, its lists through `listPage`), so that the response
 * cache may keep its answers while other subtrees change. An answer with any
 * root field not so declared is kept for the whole jurisdiction.
 */
export function ReportsReadScope(): MethodDecorator {
  return Extensions({ [reportsReadScopeExtension]: true });
}
