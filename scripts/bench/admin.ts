import 'reflect-metadata';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import { startBianzhi, type Bianzhi } from '../../server/app';
import { loadConfig } from '../../server/config';
import { adminDistFolder } from '../../server/http/admin-app';
import { demoPassword } from '../../server/seed/demo-accounts';
import { launchChromium } from '../chromium';
import { machineFacts, saveBenchReport } from './results';

const { values: options } = parseArgs({
  options: {
    runs: { type: 'string', default: '15' },
    warmup: { type: 'string', default: '1' },
  },
});
const runs = Number(options.runs);
const warmupRuns = Number(options.warmup);
const username = 'province';
const stepTimeoutMs = 30_000;

// ---------------------------------------------------------------- bundle on disk

interface FileGroup {
  files: number;
  bytes: number;
  gzipBytes: number;
}

function bundleFigures(): { js: FileGroup; css: FileGroup; fonts: FileGroup; total: FileGroup } {
  const assets = path.join(adminDistFolder, 'assets');
  if (!fs.existsSync(assets)) throw new Error(`no ${assets}: run npm run build`);
  const empty = (): FileGroup => ({ files: 0, bytes: 0, gzipBytes: 0 });
  const groups = { js: empty(), css: empty(), fonts: empty(), total: empty() };
  for (const name of fs.readdirSync(assets).sort()) {
    const group = name.endsWith('.js') ? groups.js : name.endsWith('.css') ? groups.css : name.endsWith('.woff2') ? groups.fonts : undefined;
    if (!group) continue;
    const content = fs.readFileSync(path.join(assets, name));
    const gzipped = gzipSync(content).length;
    for (const target of [group, groups.total]) {
      target.files += 1;
      target.bytes += content.length;
      target.gzipBytes += gzipped;
    }
  }
  return groups;
}

/**
 * The Chinese font families installed on this machine (fontconfig): with one
 * the theme names, the browser draws Chinese with it and downloads none of the
 * bundled font's slices, so the first screen's bytes depend on it.
 */
function systemChineseFonts(): string[] {
  const listed = spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' });
  if (listed.status !== 0) return [];
  return [...new Set(listed.stdout.split('\n').flatMap((line) => line.split(',')).map((family) => family.trim()).filter(Boolean))].sort();
}

// ---------------------------------------------------------------- bytes the browser downloads

const byteKinds = ['js', 'css', 'fonts', 'graphql', 'websocket', 'html', 'other'] as const;
type ByteKind = (typeof byteKinds)[number];
type Bytes = Record<ByteKind | 'total' | 'requests', number>;

const noBytes = (): Bytes => ({ js: 0, css: 0, fonts: 0, graphql: 0, websocket: 0, html: 0, other: 0, total: 0, requests: 0 });

function kindOf(request: Request): ByteKind {
  const { pathname } = new URL(request.url());
  if (pathname.endsWith('.js')) return 'js';
  if (pathname.endsWith('.css')) return 'css';
  if (pathname.endsWith('.woff2') || pathname.endsWith('.woff')) return 'fonts';
  if (pathname === '/graphql') return 'graphql';
  if (request.resourceType() === 'document') return 'html';
  return 'other';
}

/**
 * Follows one page's traffic: the response body bytes (as received, from
 * request.sizes(); a memory- or disk-cache hit or a 304 counts no body) of
 * every request, and the payloads of WebSocket frames received (graphql-ws).
 */
class Traffic {
  private inFlight = 0;
  private lastActivity = performance.now();
  private recording: Promise<[ByteKind, number]>[] | undefined;
  private websocketBytes = 0;

  constructor(page: Page) {
    page.on('request', (request) => {
      this.inFlight += 1;
      this.lastActivity = performance.now();
      this.recording?.push(
        request.response().then(async (response) => {
          if (!response) return [kindOf(request), 0];
          await response.finished();
          try {
            // A response from the HTTP cache reports a negative size (its headers minus what came over the wire): nothing downloaded.
            return [kindOf(request), Math.max(0, (await request.sizes()).responseBodySize)];
          } catch {
            return [kindOf(request), 0];
          }
        }, () => [kindOf(request), 0]),
      );
    });
    const settle = () => {
      this.inFlight = Math.max(0, this.inFlight - 1);
      this.lastActivity = performance.now();
    };
    page.on('requestfinished', settle);
    page.on('requestfailed', settle);
    page.on('websocket', (socket) => {
      socket.on('framereceived', ({ payload }) => {
        if (this.recording) this.websocketBytes += typeof payload === 'string' ? Buffer.byteLength(payload) : payload.length;
      });
    });
  }

  start(): void {
    this.recording = [];
    this.websocketBytes = 0;
  }

  /** Waits until no request has been in flight for `quietMs` (at most `limitMs`), then totals what was recorded since start(). */
  async stop(quietMs = 300, limitMs = 5000): Promise<Bytes> {
    const deadline = performance.now() + limitMs;
    while (performance.now() < deadline && (this.inFlight > 0 || performance.now() - this.lastActivity < quietMs)) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const recorded = await Promise.all(this.recording ?? []);
    const bytes = noBytes();
    for (const [kind, size] of recorded) {
      bytes[kind] += size;
      bytes.total += size;
      bytes.requests += 1;
    }
    bytes.websocket += this.websocketBytes;
    bytes.total += this.websocketBytes;
    this.recording = undefined;
    return bytes;
  }
}

const addBytes = (first: Bytes, second: Bytes): Bytes => {
  const sum = noBytes();
  for (const key of Object.keys(sum) as (keyof Bytes)[]) sum[key] = first[key] + second[key];
  return sum;
};

// ---------------------------------------------------------------- the screens

const measureNames = ['loginPage', 'loginToDashboard', 'staffList', 'bureauList', 'unitShow'] as const;
type MeasureName = (typeof measureNames)[number];

const measureLabels: Record<MeasureName, string> = {
  loginPage: '(a) login page ready',
  loginToDashboard: '(b) login → dashboard',
  staffList: '(c) staff list, 25 rows',
  bureauList: '(d) bureau tree, the root and its 9 children',
  unitShow: '(e) unit show page',
};

/**
 * Readiness is waited for with locators: the admin's Content-Security-Policy
 * (script-src 'self') forbids the eval that page.waitForFunction needs.
 * The body rows of the table whose header has `header`.
 */
const rowsUnder = (page: Page, header: string) => page.locator(`table:has(thead:has-text("${header}")) tbody tr`);

async function timed(action: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await action();
  return Math.round((performance.now() - started) * 10) / 10;
}

interface PassResult {
  timings: Record<MeasureName, number>;
  firstScreen: { loginPage: Bytes; dashboard: Bytes; total: Bytes };
}

/** One pass over the five screens in a new page of `context`: cold in a new context, warm in a context that has already had a pass. */
async function pass(context: BrowserContext, url: string, unitId: string): Promise<PassResult> {
  const page = await context.newPage();
  page.setDefaultTimeout(stepTimeoutMs);
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  const traffic = new Traffic(page);
  try {
    const timings = {} as Record<MeasureName, number>;

    traffic.start();
    timings.loginPage = await timed(async () => {
      await page.goto(`${url}/admin/`, { waitUntil: 'commit' });
      await page.locator('input[name="username"]').waitFor({ state: 'visible' });
    });
    const loginPageBytes = await traffic.stop();

    traffic.start();
    timings.loginToDashboard = await timed(async () => {
      await page.fill('input[name="username"]', username);
      await page.fill('input[name="password"]', demoPassword);
      await page.click('button[type="submit"]');
      await page.locator('[data-testid="indicator-table"] tbody tr').nth(9).waitFor({ state: 'attached' });
      await page.locator('[data-testid="indicator-shares"] .recharts-pie-sector').first().waitFor({ state: 'attached' });
    });
    const dashboardBytes = await traffic.stop();

    timings.staffList = await timed(async () => {
      await page.goto(`${url}/admin/#/staff`, { waitUntil: 'commit' });
      await rowsUnder(page, '公民身份号码').nth(24).waitFor({ state: 'attached' });
    });
    const staffRows = await rowsUnder(page, '公民身份号码').count();
    if (staffRows !== 25) throw new Error(`the staff list shows ${staffRows} rows, not 25`);
    await traffic.stop();

    timings.bureauList = await timed(async () => {
      await page.goto(`${url}/admin/#/bureaus`, { waitUntil: 'commit' });
      // The tree opens collapsed below the root's children: the province and its nine prefectures.
      await rowsUnder(page, '编办名称').nth(9).waitFor({ state: 'attached' });
    });
    await traffic.stop();

    timings.unitShow = await timed(async () => {
      await page.goto(`${url}/admin/#/units/${unitId}/show`, { waitUntil: 'commit' });
      await page.locator('.RaShow-main').getByText('编制使用情况', { exact: true }).first().waitFor({ state: 'visible' });
    });
    await traffic.stop();

    if (pageErrors.length > 0) console.warn(`page errors: ${pageErrors.join(' | ')}`);
    return { timings, firstScreen: { loginPage: loginPageBytes, dashboard: dashboardBytes, total: addBytes(loginPageBytes, dashboardBytes) } };
  } finally {
    await page.close();
  }
}

// ---------------------------------------------------------------- figures

interface Summary {
  median: number;
  p90: number;
  min: number;
  max: number;
  runs: number[];
}

const round1 = (value: number) => Math.round(value * 10) / 10;

function summarize(values: number[]): Summary {
  const sorted = [...values].sort((first, second) => first - second);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  // Nearest rank: the smallest value with at least 90 % of the runs at or below it.
  const p90 = sorted[Math.max(0, Math.ceil(sorted.length * 0.9) - 1)];
  return { median: round1(median), p90, min: sorted[0], max: sorted[sorted.length - 1], runs: values };
}

function medianBytes(samples: Bytes[]): Bytes {
  const result = noBytes();
  for (const key of Object.keys(result) as (keyof Bytes)[]) result[key] = summarize(samples.map((sample) => sample[key])).median;
  return result;
}

const kilobytes = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

async function firstUnitId(url: string): Promise<string> {
  const post = async (query: string, variables: Record<string, unknown>, token?: string) => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const answer = (await response.json()) as { data?: Record<string, any>; errors?: unknown };
    if (answer.errors || !answer.data) throw new Error(`GraphQL: ${JSON.stringify(answer.errors)}`);
    return answer.data;
  };
  const { login } = await post('mutation ($username: String!, $password: String!) { login(username: $username, password: $password) { token } }', { username, password: demoPassword });
  const { egovUnits } = await post('query { egovUnits(limit: 1) { items { id name } } }', {}, login.token as string);
  const unit = (egovUnits.items as { id: string; name: string }[])[0];
  if (!unit) throw new Error('the seeded registry has no e-government unit');
  return unit.id;
}

/**
 * npm run bench:admin: the react-admin client in Debian's Chromium against an
 * in-process Bianzhi on the embedded engine with the demo seed. The bundle's
 * size on disk; the bytes downloaded for the first screen (login page, then
 * dashboard); and five screens timed over --runs passes, each pass in a new
 * browser context (cold: empty HTTP cache) and then again in a new page of
 * that same context (warm: assets from the HTTP cache, a fresh page and
 * session). --warmup passes first, not counted.
 */
async function main(): Promise<void> {
  const bundle = bundleFigures();
  const config = loadConfig({ port: 0, host: '127.0.0.1', databaseUrl: undefined, dataDir: 'memory://', seedOnStart: true, logSql: false });
  let bianzhi: Bianzhi | undefined;
  let browser: Browser | undefined;
  try {
    bianzhi = await startBianzhi(config);
    const unitId = await firstUnitId(bianzhi.url);
    browser = await launchChromium();
    const results: { cold: PassResult; warm: PassResult }[] = [];
    for (let index = 0; index < warmupRuns + runs; index += 1) {
      const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'zh-CN' });
      try {
        const cold = await pass(context, bianzhi.url, unitId);
        const warm = await pass(context, bianzhi.url, unitId);
        const counted = index >= warmupRuns;
        if (counted) results.push({ cold, warm });
        console.log(
          `${counted ? `run ${index - warmupRuns + 1}/${runs}` : `warm-up ${index + 1}/${warmupRuns}`}: cold ` +
            measureNames.map((name) => Math.round(cold.timings[name])).join(' / ') +
            ' ms, warm ' +
            measureNames.map((name) => Math.round(warm.timings[name])).join(' / ') +
            ' ms',
        );
      } finally {
        await context.close();
      }
    }

    const measures = Object.fromEntries(
      measureNames.map((name) => [
        name,
        { cold: summarize(results.map((result) => result.cold.timings[name])), warm: summarize(results.map((result) => result.warm.timings[name])) },
      ]),
    ) as Record<MeasureName, { cold: Summary; warm: Summary }>;
    const firstScreen = Object.fromEntries(
      (['cold', 'warm'] as const).map((temperature) => [
        temperature,
        {
          loginPage: medianBytes(results.map((result) => result[temperature].firstScreen.loginPage)),
          dashboard: medianBytes(results.map((result) => result[temperature].firstScreen.dashboard)),
          total: medianBytes(results.map((result) => result[temperature].firstScreen.total)),
          totalRange: summarize(results.map((result) => result[temperature].firstScreen.total.total)),
        },
      ]),
    );

    const report = {
      date: new Date().toISOString(),
      machine: {
        ...machineFacts(),
        chromium: browser.version(),
        platform: `${os.platform()} ${os.release()}`,
        systemChineseFonts: systemChineseFonts(),
      },
      settings: { runs, warmupRuns, account: username, viewport: '1400x900', responseCache: config.responseCache, database: 'embedded (memory://), demo seed' },
      bundle,
      firstScreen,
      measuresMs: measures,
    };

    console.log(`\nadmin client, ${runs} runs (+${warmupRuns} warm-up), ${report.machine.cpus} CPUs, Node ${report.machine.node}, Chromium ${report.machine.chromium}`);
    console.log(`system Chinese fonts: ${report.machine.systemChineseFonts.join(', ') || 'none (the bundled Noto Sans SC is downloaded)'}`);
    console.log('\nbundle (admin/dist/assets)     files        bytes         gzip');
    for (const [label, group] of [['JS', bundle.js], ['CSS', bundle.css], ['fonts (woff2)', bundle.fonts], ['total', bundle.total]] as const) {
      console.log(`  ${label.padEnd(26)} ${String(group.files).padStart(7)} ${kilobytes(group.bytes).padStart(12)} ${kilobytes(group.gzipBytes).padStart(12)}`);
    }
    console.log('\nfirst screen downloaded (median bytes, login page + dashboard)');
    console.log(`  ${''.padEnd(24)} ${byteKinds.map((kind) => kind.padStart(11)).join('')}${'total'.padStart(12)}${'requests'.padStart(10)}`);
    for (const temperature of ['cold', 'warm'] as const) {
      for (const part of ['loginPage', 'dashboard', 'total'] as const) {
        const bytes = firstScreen[temperature][part];
        console.log(`  ${`${temperature} ${part}`.padEnd(24)} ${byteKinds.map((kind) => kilobytes(bytes[kind]).padStart(11)).join('')}${kilobytes(bytes.total).padStart(12)}${String(bytes.requests).padStart(10)}`);
      }
    }
    console.log(`\ntimings, ms                     ${'cold: median     p90     min     max'}    ${'warm: median     p90     min     max'}`);
    for (const name of measureNames) {
      const { cold, warm } = measures[name];
      const cells = (summary: Summary) => [summary.median, summary.p90, summary.min, summary.max].map((value) => value.toFixed(0).padStart(8)).join('');
      console.log(`  ${measureLabels[name].padEnd(28)} ${cells(cold)}     ${cells(warm)}`);
    }

    const file = saveBenchReport('admin', 'latest-admin.json', report);
    console.log(`\nsaved ${path.relative(process.cwd(), file)} and bench/results/latest-admin.json`);
  } finally {
    await browser?.close();
    await bianzhi?.stop();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
