import fs from "node:fs";
import { type Browser, chromium, type Page } from "playwright-core";

/** Debian's Chromium; the e2e tests skip, saying so, when it is not installed. */
export const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
export const hasChromium = fs.existsSync(CHROMIUM);
if (!hasChromium)
  console.warn(`[e2e] SKIPPED: no Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`);

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

export const DEMO_PASSWORD = "Demo#2026pass";

/**
 * A demo user signed in on a browser context of their own (as on their own phone or PC), in Chinese on
 * Shanghai time, at the home page.
 */
export async function signedIn(
  browser: Browser,
  baseUrl: string,
  username: string,
  viewport = { width: 1440, height: 900 },
): Promise<Page> {
  const context = await browser.newContext({
    baseURL: baseUrl,
    viewport,
    locale: "zh-CN",
    timezoneId: "Asia/Shanghai",
  });
  const page = await context.newPage();
  await page.goto("/login");
  await page.getByLabel("用户名").fill(username);
  await page.getByLabel("密码", { exact: true }).fill(DEMO_PASSWORD);
  await page.getByLabel("密码", { exact: true }).press("Enter");
  await page.waitForURL((url) => url.pathname === "/");
  return page;
}

/** Screenshots land here so that a person can look at what the tests saw. */
export const SCREENSHOT_DIR = "test-results/screenshots";
fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
