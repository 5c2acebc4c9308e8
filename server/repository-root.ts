import fs from 'node:fs';
import path from 'node:path';

function bianzhiFolderAbove(from: string): string {
  for (let folder = path.resolve(from); ; folder = path.dirname(folder)) {
    const manifest = path.join(folder, 'package.json');
    if (fs.existsSync(manifest)) {
      try {
        if ((JSON.parse(fs.readFileSync(manifest, 'utf8')) as { name?: string }).name === 'bianzhi') return folder;
      } catch {
        // not a readable manifest: keep looking upwards
      }
    }
    if (path.dirname(folder) === folder) throw new Error(`no Bianzhi package.json above ${from}`);
  }
}

/**
 * The repository root: the nearest folder above this file whose package.json
 * is Bianzhi's, whether this runs compiled from dist/ or from the sources.
 */
export const repositoryRoot = bianzhiFolderAbove(__dirname);
