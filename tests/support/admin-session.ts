import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { collectPageProblems, launchBrowser, type PageProblems } from './browser';
import type { TestServer } from './test-server';

export { demoPassword } from '../../server/seed/demo-accounts';
import { demoPassword } from '../../server/seed/demo-accounts';

export interface AdminSession {
  context: BrowserContext;
  page: Page;
  problems: PageProblems;
  /** Messages key lookups polyglot could not find ("Missing translation for key"). */
  missingTranslations: string[];
  /** Opens a client route, e.g. `staff/create`. */
  open(route: string): Promise<void>;
}

/** A browser window of its own (cookies, storage), signed in through the login form (as a demo account unless a password is given). */
export async function signIn(browser: Browser, baseUrl: string, username: string, password: string = demoPassword): Promise<AdminSession> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'zh-CN', acceptDownloads: true });
  const page = await context.newPage();
  const problems = collectPageProblems(page);
  const missingTranslations: string[] = [];
  page.on('console', (message) => {
    if (message.text().includes('Missing translation')) missingTranslations.push(message.text());
  });
  await page.goto(`${baseUrl}/admin/`);
  await page.fill('input[name="username"]', username);
  await page.fill('input[name="password"]', password);
  await page.click('button[type="submit"]');
  await page.getByRole('menuitem', { name: '首页' }).or(page.getByRole('menuitem', { name: 'Dashboard' })).waitFor();
  return {
    context,
    page,
    problems,
    missingTranslations,
    open: async (route) => {
      await page.goto(`${baseUrl}/admin/#/${route}`);
    },
  };
}

/**
 * Visible text with Latin words in it: in the Chinese interface, every label,
 * enum and message is Chinese, so what is left is data (addresses, ID numbers)
 * or a missing translation.
 */
export async function latinTexts(page: Page): Promise<string[]> {
  // Runs in the page: a string, since the tests compile without the DOM's types.
  return page.evaluate(`(() => {
    const found = [];
    const walker = document.createTreeWalker(document.querySelector('#main-content') ?? document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? '';
      const element = node.parentElement;
      if (!text || !element || element.closest('script, style, [aria-hidden="true"], [translate="no"]') || !element.checkVisibility()) continue;
      // Addresses, domain names and codes are data, not interface.
      const words = text.split(/\\s+/).filter((word) => /[A-Za-z]{2,}/.test(word) && !/[./:@〔]/.test(word));
      if (words.length > 0) found.push(text);
    }
    return found;
  })()`);
}

/**
 * A Chromium for the test file, and a way to open signed-in windows in it.
 * After each test every window opened is checked (no page error, no request to
 * another host, no missing translation) and closed.
 */
export function useAdminBrowser(server: TestServer): (username: string, password?: string) => Promise<AdminSession> {
  let browser: Browser | undefined;
  const sessions: AdminSession[] = [];
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(async () => {
    for (const opened of sessions.splice(0)) {
      expect(opened.problems.pageErrors).toEqual([]);
      expect(opened.problems.foreignRequests).toEqual([]);
      expect(opened.missingTranslations).toEqual([]);
      await opened.context.close();
    }
  });
  return async (username, password) => {
    if (!browser) throw new Error('the browser starts in beforeAll');
    const opened = await signIn(browser, server.bianzhi.url, username, password);
    sessions.push(opened);
    return opened;
  };
}

/** Retries an assertion until it holds or the time is up, as the page updates itself. */
export async function eventually(assertion: () => Promise<void> | void, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await assertion();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

export const expectCount = (locator: Locator, count: number) => eventually(async () => expect(await locator.count()).toBe(count));

export const expectText = (locator: Locator, text: string | RegExp) =>
  eventually(async () => expect(await locator.first().innerText({ timeout: 1000 })).toMatch(text));

export const expectVisible = (locator: Locator) => locator.first().waitFor({ state: 'visible' });

/**
 * Clicks a list row to open its record, and clicks again if the page has not
 * moved: on a busy machine a click can land while the list re-renders its rows.
 */
export async function openRow(page: Page, name: string | RegExp): Promise<void> {
  const from = page.url();
  const row = page.getByRole('row', { name }).first();
  await eventually(async () => {
    if (page.url() === from) await row.click({ timeout: 5000 });
    await page.waitForURL((url) => url.toString() !== from, { timeout: 3000 });
  }, 30_000);
}
