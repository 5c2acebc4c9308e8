/** The tree path of a bureau's parent, read off its own path (`520000/520300/` → `520000/`); '' for the root. */
export function parentPathOf(path: string): string {
  return path.slice(0, path.lastIndexOf('/', path.length - 2) + 1);
}
