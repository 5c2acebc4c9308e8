import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

/**
 * End-to-end tests drive Debian's Chromium (`apt-get install chromium`; .ci/run
 * installs it) through playwright-core, which never downloads a browser of its own.
 */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const repositoryRoot = path.resolve(__dirname, '../..');
export const screenshotFolder = path.join(repositoryRoot, 'artifacts', 'screenshots');

/** A headless Chromium that talks to nothing but the pages it is sent to (playwright manages its user-data-dir). */
export function launchBrowser(): Promise<Browser> {
  if (!fs.existsSync(chromiumPath)) {
    throw new Error(`no Chromium at ${chromiumPath}: install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH`);
  }
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
      // The offices' browsers run in Chinese: dates in forms read as they would there.
      '--lang=zh-CN',
    ],
  });
}

/** Saves a screenshot of the window as artifacts/screenshots/<name>.png; its path. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(screenshotFolder, { recursive: true });
  const file = path.join(screenshotFolder, `${name.replace(/[^\w.-]+/g, '-')}.png`);
  await page.screenshot({ path: file, animations: 'disabled' });
  return file;
}

export interface PageProblems {
  /** Text of every console message of type "error". */
  consoleErrors: string[];
  /** Uncaught exceptions in the page. */
  pageErrors: string[];
  /** Every request (WebSockets included) to a host other than the page's own: a CDN, a font service… */
  foreignRequests: string[];
}

/**
 * Records what went wrong in `page` from now on; call it before the first
 * `goto`. The page's own host is the one its main frame navigates to.
 */
export function collectPageProblems(page: Page): PageProblems {
  const problems: PageProblems = { consoleErrors: [], pageErrors: [], foreignRequests: [] };
  let ownHost: string | undefined;
  const hostOf = (url: string): string | undefined => {
    try {
      const parsed = new URL(url);
      return ['http:', 'https:', 'ws:', 'wss:'].includes(parsed.protocol) ? parsed.host : undefined;
    } catch {
      return undefined;
    }
  };
  const check = (url: string) => {
    const host = hostOf(url);
    // data:, blob: and about: load nothing from the network.
    if (host !== undefined && host !== ownHost) problems.foreignRequests.push(url);
  };

  page.on('console', (message) => {
    if (message.type() === 'error') problems.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => {
    problems.pageErrors.push(error.stack ?? error.message);
  });
  page.on('request', (request) => {
    if (request.isNavigationRequest() && request.frame() === page.mainFrame()) {
      // Only the first top-level navigation sets the host: a later one to elsewhere is itself foreign.
      ownHost ??= hostOf(request.url());
    }
    check(request.url());
  });
  page.on('websocket', (socket) => check(socket.url()));
  return problems;
}
