import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { chromiumPath, launchChromium } from '../../scripts/chromium';
import { repositoryRoot } from '../../server/repository-root';

/** End-to-end tests drive Debian's Chromium; see scripts/chromium.ts. */
export const launchBrowser = launchChromium;

/**
 * Browser suites run where Debian's Chromium is installed and are skipped,
 * saying why, where it is not. CI (.ci/run) installs it and sets
 * BIANZHI_REQUIRE_BROWSER, so there a missing Chromium fails instead.
 */
const browserAvailable = fs.existsSync(chromiumPath) || !!process.env.BIANZHI_REQUIRE_BROWSER;
if (!browserAvailable) {
  console.warn(`browser tests skipped: no Chromium at ${chromiumPath} (apt-get install chromium, or set CHROMIUM_PATH)`);
}
export const describeInBrowser = browserAvailable ? describe : describe.skip;

export const screenshotFolder = path.join(repositoryRoot, 'artifacts', 'screenshots');

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

export const pdfFolder = path.join(repositoryRoot, 'artifacts', 'pdfs');

/** Prints the page as Chromium prints it (print media, A4) to artifacts/pdfs/<name>.pdf; the PDF's bytes. */
export async function savePdf(page: Page, name: string): Promise<Buffer> {
  fs.mkdirSync(pdfFolder, { recursive: true });
  return page.pdf({ path: path.join(pdfFolder, `${name.replace(/[^\w.-]+/g, '-')}.pdf`), format: 'A4', printBackground: true });
}
