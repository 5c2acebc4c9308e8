import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { repositoryRoot } from '../server/repository-root';

/**
 * Builds the react-admin client (admin/) with Vite, but only when its sources
 * changed since the last build: `npm start` runs `npm run build` every time,
 * and a Vite build takes far longer than the server's tsc.
 *
 *   node dist/scripts/build-admin.js           build when admin/dist is stale
 *   node dist/scripts/build-admin.js --force   build regardless
 */

/** Every file below `folder`, as paths relative to `root` with forward slashes. */
function filesUnder(root: string, folder: string): string[] {
  const absolute = path.join(root, folder);
  if (!fs.existsSync(absolute)) return [];
  return fs
    .readdirSync(absolute, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
}

/** The inputs of the admin build, relative to the repository root, sorted. */
export function adminSourceFiles(root: string = repositoryRoot): string[] {
  // The client also bundles the server's pure rules it shares (admin/src imports them).
  const single = ['admin/index.html', 'admin/vite.config.mts', 'admin/tsconfig.json', 'package-lock.json', 'schema/schema.graphql', ...sharedWithServer].filter((file) => fs.existsSync(path.join(root, file)));
  return [...filesUnder(root, 'admin/src'), ...single].sort();
}

/** SHA-256 (hex) over the admin build's inputs: each file's relative path and content, in sorted path order. */
export function adminSourceHash(root: string = repositoryRoot): string {
  const hash = createHash('sha256');
  for (const file of adminSourceFiles(root)) {
    const content = fs.readFileSync(path.join(root, file));
    hash.update(`${file}\0${content.length}\0`);
    hash.update(content);
    hash.update('\0');
  }
  return hash.digest('hex');
}

export const hashFileName = '.source-hash';

/** Server modules the client imports: pure code with no imports of its own. */
const sharedWithServer = ['server/modules/staff/national-id-rules.ts'];

/** Whether admin/dist holds a build of exactly these sources. */
export function adminIsUpToDate(root: string, hash: string): boolean {
  const dist = path.join(root, 'admin/dist');
  if (!fs.existsSync(path.join(dist, 'index.html'))) return false;
  try {
    return fs.readFileSync(path.join(dist, hashFileName), 'utf8').trim() === hash;
  } catch {
    return false;
  }
}

/** Vite's command-line entry (its package exports do not include bin/vite.js, so it is found from the package.json). */
function viteCli(): string {
  const manifest = require.resolve('vite/package.json');
  const bin = (JSON.parse(fs.readFileSync(manifest, 'utf8')) as { bin?: string | Record<string, string> }).bin;
  const relative = typeof bin === 'string' ? bin : (bin?.vite ?? 'bin/vite.js');
  return path.join(path.dirname(manifest), relative);
}

/** Builds when needed; the process exit code to use. */
export function buildAdmin(options: { force?: boolean; root?: string } = {}): number {
  const root = options.root ?? repositoryRoot;
  const hash = adminSourceHash(root);
  if (!options.force && adminIsUpToDate(root, hash)) {
    console.log('admin is up to date');
    return 0;
  }
  console.log('building the admin client (admin/ → admin/dist)');
  const result = spawnSync(process.execPath, [viteCli(), 'build', '--config', 'admin/vite.config.mts', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  if (result.error) {
    console.error('could not run Vite:', result.error);
    return 1;
  }
  if (result.status !== 0) {
    console.error(`the admin build failed (${result.signal ? `signal ${result.signal}` : `exit code ${result.status}`})`);
    return result.status || 1;
  }
  const dist = path.join(root, 'admin/dist');
  if (!fs.existsSync(path.join(dist, 'index.html'))) {
    console.error('the admin build produced no admin/dist/index.html');
    return 1;
  }
  fs.writeFileSync(path.join(dist, hashFileName), `${hash}\n`);
  console.log('built admin/dist');
  return 0;
}

if (require.main === module) {
  process.exitCode = buildAdmin({ force: process.argv.slice(2).includes('--force') });
}
