import { problemsListedAtMost } from './import-report';
import type { RowProblem } from './register-problem';

/**
 * An import's problems as a report gives them: every one counted, the first
 * `problemsListedAtMost` in row order kept. A file of 100,000 rows over quota
 * has 100,000 warnings; holding them all would cost more than the rows.
 */
export class ProblemLog {
  private kept: RowProblem[] = [];
  errors = 0;
  warnings = 0;

  constructor(private readonly limit = problemsListedAtMost) {}

  add(...problems: RowProblem[]): void {
    for (const problem of problems) {
      if (problem.severity === 'ERROR') this.errors += 1;
      else this.warnings += 1;
      this.kept.push(problem);
    }
    // Trimmed now and then, not on every add: sorting is paid once per `limit` problems.
    if (this.kept.length > this.limit * 2) this.trim();
  }

  /** The problems kept, in row order. */
  listed(): RowProblem[] {
    this.trim();
    return this.kept;
  }

  private trim(): void {
    this.kept.sort((a, b) => a.row - b.row);
    this.kept.length = Math.min(this.kept.length, this.limit);
  }
}
