/**
 * The write counts of every bureau path in a caller's jurisdiction (see
 * SubtreeGeneration), read with the caller's token before the request runs.
 * A subtree's count is the sum over the paths under it: it grows with every
 * commit under that subtree, and with nothing else.
 */
export class SubtreeGenerations {
  constructor(private readonly byPath: Record<string, string>) {}

  /** The count of the subtree at `path` and everything under it. */
  of(path: string): string {
    let sum = 0n;
    for (const [written, generation] of Object.entries(this.byPath)) {
      if (written.startsWith(path)) sum += BigInt(generation);
    }
    return sum.toString();
  }
}

/**
 * The select list item reading them for the jurisdiction at the SQL
 * expression `jurisdictionPath`, as a JSON object of path to count.
 */
export function subtreeGenerationsColumn(jurisdictionPath: string): string {
  return `(select coalesce(json_object_agg(path, generation), '{}')::text
             from subtree_generation where starts_with(path, ${jurisdictionPath}))`;
}
