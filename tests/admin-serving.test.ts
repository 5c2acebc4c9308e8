import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { adminSourceHash } from '../scripts/build-admin';
import { adminContentSecurityPolicy, immutableCacheControl } from '../server/http/admin-app';
import { collectPageProblems, describeInBrowser, launchBrowser, saveScreenshot } from './support/browser';
import { useTestServer } from './support/test-server';

/**
 * The react-admin client, as `npm run build` leaves it in admin/dist (the
 * pretest script builds it), served by Bianzhi at /admin: from this server
 * only, nothing from a CDN, since the offices' networks are often offline.
 */
const root = path.resolve(__dirname, '..');
const dist = path.join(root, 'admin', 'dist');
const notBuilt = 'admin/dist/index.html is missing: run `npm run build` (the pretest script does) before this test';

const server = useTestServer();
const url = (target: string) => `${server.bianzhi.url}${target}`;

function distFiles(): string[] {
  return fs
    .readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** The `src` and `href` references of index.html. */
function references(html: string): string[] {
  return [...html.matchAll(/\b(?:src|href)\s*=\s*["']([^"']+)["']/g)].map((match) => match[1]);
}

function expectSecurityHeaders(response: Response): void {
  expect(response.headers.get('content-security-policy')).toBe(adminContentSecurityPolicy);
  expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  expect(response.headers.get('referrer-policy')).toBe('no-referrer');
}

beforeAll(() => {
  if (!fs.existsSync(path.join(dist, 'index.html'))) throw new Error(notBuilt);
});

describe('serving the admin client at /admin', () => {
  it('redirects / and /admin to /admin/', async () => {
    for (const target of ['/', '/admin']) {
      const response = await fetch(url(target), { redirect: 'manual' });
      expect(response.status).toBeGreaterThanOrEqual(301);
      expect(response.status).toBeLessThanOrEqual(308);
      expect(response.headers.get('location')).toBe('/admin/');
    }
    expect((await fetch(url('/admin?x=1'), { redirect: 'manual' })).headers.get('location')).toBe('/admin/?x=1');
  });

  it('answers /admin/ with index.html, revalidated on every load, under a strict Content-Security-Policy', async () => {
    const response = await fetch(url('/admin/'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expectSecurityHeaders(response);
    expect(await response.text()).toBe(fs.readFileSync(path.join(dist, 'index.html'), 'utf8'));
  });

  it('serves every file index.html references from /admin/assets, cached for good', async () => {
    const html = await (await fetch(url('/admin/'))).text();
    // A data: URI (the empty favicon) is inline: it loads nothing from anywhere.
    const referenced = references(html).filter((reference) => !reference.startsWith('data:'));
    expect(referenced.some((reference) => /^\/admin\/assets\/.+\.js$/.test(reference))).toBe(true);
    for (const reference of referenced) {
      // Only this server's own paths: no CDN, no other origin, not even protocol-relative.
      expect(reference).toMatch(/^\/admin\/[^/]/);
      const response = await fetch(url(reference));
      expect({ reference, status: response.status }).toEqual({ reference, status: 200 });
      expectSecurityHeaders(response);
      if (reference.startsWith('/admin/assets/')) expect(response.headers.get('cache-control')).toBe(immutableCacheControl);
      expect((await response.arrayBuffer()).byteLength).toBe(fs.statSync(path.join(dist, reference.slice('/admin/'.length))).size);
    }
  });

  /** The raw body of `target` as sent for `accept-encoding` (fetch would decode it), with its headers. */
  function rawGet(target: string, acceptEncoding: string): Promise<{ headers: http.IncomingHttpHeaders; body: Buffer }> {
    return new Promise((resolve, reject) => {
      http
        .get(url(target), { headers: { 'accept-encoding': acceptEncoding } }, (answer) => {
          const chunks: Buffer[] = [];
          answer.on('data', (chunk: Buffer) => chunks.push(chunk)).on('end', () => resolve({ headers: answer.headers, body: Buffer.concat(chunks) })).on('error', reject);
        })
        .on('error', reject);
    });
  }

  it('sends every script and style compressed by the build: brotli to a browser that accepts it, else gzip, else as they are', async () => {
    const assets = distFiles()
      .filter((file) => /\.(js|css)$/.test(file))
      .map((file) => `/admin/${path.relative(dist, file).split(path.sep).join('/')}`);
    // The entry and its styles, the dashboard's chunk, ExcelJS.
    expect(assets.length).toBeGreaterThanOrEqual(4);
    for (const asset of assets) {
      const file = fs.readFileSync(path.join(dist, asset.replace(/^\/admin\//, '')));
      const brotli = await rawGet(asset, 'gzip, deflate, br, zstd');
      expect({ asset, encoding: brotli.headers['content-encoding'], vary: brotli.headers.vary }).toEqual({ asset, encoding: 'br', vary: 'Accept-Encoding' });
      expect(brotli.headers['content-type']).toMatch(asset.endsWith('.js') ? /^text\/javascript/ : /^text\/css/);
      expect(brotli.headers['cache-control']).toBe(immutableCacheControl);
      expect(zlib.brotliDecompressSync(brotli.body).equals(file)).toBe(true);
      const gzip = await rawGet(asset, 'gzip, deflate');
      expect({ asset, encoding: gzip.headers['content-encoding'] }).toEqual({ asset, encoding: 'gzip' });
      expect(zlib.gunzipSync(gzip.body).equals(file)).toBe(true);
      // Brotli at its strongest: well under gzip, which is itself well under the file.
      expect(brotli.body.length).toBeLessThan(gzip.body.length * 0.9);
      expect(gzip.body.length).toBeLessThan(file.length / 2);
      const identity = await rawGet(asset, 'identity');
      expect(identity.headers['content-encoding']).toBeUndefined();
      expect(identity.body.equals(file)).toBe(true);
    }
  });

  it("answers the client's own routes with index.html", async () => {
    const index = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
    for (const target of ['/admin/some/route', '/admin/bureaus/123/show', '/admin/login?next=%2F']) {
      const response = await fetch(url(target));
      expect({ target, status: response.status }).toEqual({ target, status: 200 });
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
      expect(response.headers.get('cache-control')).toBe('no-cache');
      expectSecurityHeaders(response);
      expect(await response.text()).toBe(index);
    }
  });

  it('answers a missing hashed asset with a JSON 404, not with index.html', async () => {
    const response = await fetch(url('/admin/assets/index-00000000.js'));
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expectSecurityHeaders(response);
  });

  it('leaves the rest of the server alone: /administrator is still a JSON 404, /graphql still GraphQL', async () => {
    const response = await fetch(url('/administrator'));
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(response.headers.get('content-security-policy')).toBeNull();
    const graphql = await fetch(url('/graphql'), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }' }) });
    expect(await graphql.json()).toEqual({ data: { __typename: 'Query' } });
  });
});

describe('the built admin loads nothing from elsewhere', () => {
  /**
   * Hosts whose URLs a bundle may contain without ever fetching them: XML
   * namespaces, the base URL react-router parses paths against, and the
   * documentation links of libraries' error messages. react-admin's telemetry
   * image is in every bundle; the client turns it off (`disableTelemetry`),
   * which the browser test below checks.
   */
  const unfetchedHosts = new Set([
    'www.w3.org',
    'localhost',
    'reactjs.org',
    'react.dev',
    'legacy.reactjs.org',
    'mui.com',
    'v6.mui.com',
    'material-ui.com',
    'github.com',
    'reactrouter.com',
    'redux.js.org',
    'redux-toolkit.js.org',
    'bit.ly',
    'marmelab.com',
    'react-admin-telemetry.marmelab.com',
    'date-fns.org',
    'fb.me',
    'the-guild.dev',
    'graphql.org',
    'spec.graphql.org',
    // The namespaces exceljs writes into a workbook (the dashboard's exports), and JSZip's and the bundler's documentation links.
    'schemas.openxmlformats.org',
    'schemas.microsoft.com',
    'purl.org',
    'stuk.github.io',
    'rolldown.rs',
    // The license comments ExcelJS's prebuilt browser script keeps (its authors' pages and a license's text).
    'feross.org',
    'stuartk.com',
    'raw.github.com',
  ]);
  const textFile = /\.(?:js|mjs|css|html|json|svg|txt|webmanifest)$/;

  it('has no URL to another host but documentation links and XML namespaces', () => {
    const found: string[] = [];
    for (const file of distFiles().filter((name) => textFile.test(name))) {
      const text = fs.readFileSync(file, 'utf8');
      for (const match of text.matchAll(/https?:\/\/([a-z0-9.-]+)(?::\d+)?[^\s"'`)<>\\]*/gi)) {
        const host = match[1].toLowerCase();
        if (!unfetchedHosts.has(host) || /cdn|unpkg|jsdelivr|googleapis|gstatic/.test(host)) {
          found.push(`${path.relative(dist, file)}: ${text.slice(Math.max(0, match.index - 60), match.index + match[0].length + 20)}`);
        }
      }
    }
    expect(found).toEqual([]);
  });

  it('has nothing that loads a script, a style sheet or a font from elsewhere', () => {
    const loaders = [/@import\s+url\(\s*["']?(?:https?:)?\/\//i, /url\(\s*["']?(?:https?:)?\/\//i, /<script[^>]+src\s*=\s*["']?(?:https?:)?\/\//i, /<link[^>]+href\s*=\s*["']?(?:https?:)?\/\//i, /fonts\.googleapis/i, /fonts\.gstatic/i, /unpkg\.com/i, /jsdelivr/i, /cdnjs/i, /https?:\/\/[^\s"'`]*cdn/i];
    const found: string[] = [];
    for (const file of distFiles().filter((name) => textFile.test(name))) {
      const text = fs.readFileSync(file, 'utf8');
      for (const loader of loaders) {
        const match = loader.exec(text);
        if (match) found.push(`${path.relative(dist, file)}: ${loader} at …${text.slice(Math.max(0, match.index - 60), match.index + 80)}…`);
      }
    }
    expect(found).toEqual([]);
  });

  it('bundles the fonts its style sheets use as woff2 files in admin/dist/assets', () => {
    const styleSheets = distFiles().filter((name) => name.endsWith('.css'));
    expect(styleSheets.length).toBeGreaterThan(0);
    const fonts = new Set<string>();
    for (const file of styleSheets) {
      for (const match of fs.readFileSync(file, 'utf8').matchAll(/url\(\s*["']?([^"')]+?\.(?:woff2?|ttf|otf|eot))(?:[?#][^"')]*)?["']?\s*\)/gi)) fonts.add(match[1]);
    }
    expect(fonts.size).toBeGreaterThan(0);
    for (const font of fonts) {
      expect(font).toMatch(/^\/admin\/assets\/[^/]+\.woff2$/);
      expect({ font, bundled: fs.existsSync(path.join(dist, font.slice('/admin/'.length))) }).toEqual({ font, bundled: true });
    }
  });
});

describe('the admin build is skipped when its sources did not change', () => {
  it('hashes the sources: the same files give the same hash, any change another', () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'bianzhi-admin-hash-'));
    try {
      fs.mkdirSync(path.join(folder, 'admin', 'src', 'deep'), { recursive: true });
      fs.writeFileSync(path.join(folder, 'admin', 'src', 'deep', 'a.ts'), 'export const a = 1;\n');
      fs.writeFileSync(path.join(folder, 'admin', 'index.html'), '<!doctype html>\n');
      fs.writeFileSync(path.join(folder, 'package-lock.json'), '{}\n');
      const first = adminSourceHash(folder);
      expect(first).toMatch(/^[0-9a-f]{64}$/);
      expect(adminSourceHash(folder)).toBe(first);
      fs.mkdirSync(path.join(folder, 'admin', 'dist'));
      fs.writeFileSync(path.join(folder, 'admin', 'dist', 'index.html'), 'built\n');
      expect(adminSourceHash(folder)).toBe(first);
      fs.writeFileSync(path.join(folder, 'admin', 'src', 'deep', 'a.ts'), 'export const a = 2;\n');
      const second = adminSourceHash(folder);
      expect(second).not.toBe(first);
      fs.renameSync(path.join(folder, 'admin', 'src', 'deep', 'a.ts'), path.join(folder, 'admin', 'src', 'deep', 'b.ts'));
      expect(adminSourceHash(folder)).not.toBe(second);
      fs.writeFileSync(path.join(folder, 'package-lock.json'), '{ "changed": true }\n');
      expect(adminSourceHash(folder)).not.toBe(second);
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });
});

describeInBrowser('the admin in Chromium', () => {
  it('shows the login form, loading nothing from another host and breaking no rule of its Content-Security-Policy', async () => {
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      const problems = collectPageProblems(page);
      await page.goto(url('/admin/'), { waitUntil: 'load' });
      await page.waitForSelector('input[name="username"]', { timeout: 30_000 });
      await page.waitForSelector('input[name="password"]', { timeout: 5_000 });
      // Give late requests (telemetry, fonts) a moment to show up.
      await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => undefined);
      const screenshot = await saveScreenshot(page, 'login');
      expect(fs.statSync(screenshot).size).toBeGreaterThan(1000);
      expect(problems.foreignRequests).toEqual([]);
      expect(problems.pageErrors).toEqual([]);
      expect(problems.consoleErrors.filter((message) => /Content Security Policy|Refused to/i.test(message))).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
