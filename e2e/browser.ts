import fs from "node:fs";
import path from "node:path";
import { type Browser, type BrowserContext, chromium, type Locator, type Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, inject } from "vitest";

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

/** A phone's screen, for the pages a lobby manager or teller uses on the floor. */
export const PHONE = { width: 390, height: 844 };

/** A fresh browser profile of its own (as someone's own phone or PC), signed out, in Chinese on Shanghai time. */
async function freshPage(browser: Browser, baseUrl: string, viewport = { width: 1440, height: 900 }) {
  const context = await browser.newContext({
    baseURL: baseUrl,
    viewport,
    locale: "zh-CN",
    timezoneId: "Asia/Shanghai",
  });
  return context.newPage();
}

/** Signs in on the login page, as a person does, and waits for the home page. */
export async function signIn(page: Page, username: string, password = DEMO_PASSWORD) {
  await page.goto("/login");
  await page.getByLabel("用户名").fill(username);
  await page.getByLabel("密码", { exact: true }).fill(password);
  await page.getByLabel("密码", { exact: true }).press("Enter");
  await page.waitForURL((url) => url.pathname === "/");
}

/** A demo user signed in on a fresh browser profile of their own, at the home page. */
export async function signedIn(
  browser: Browser,
  baseUrl: string,
  username: string,
  viewport?: { width: number; height: number },
): Promise<Page> {
  const page = await freshPage(browser, baseUrl, viewport);
  await signIn(page, username);
  return page;
}

/** Screenshots land here so that a person can look at what the tests saw. */
export const SCREENSHOT_DIR = "test-results/screenshots";
fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });

/**
 * Chooses an option of a select or tree select (its field found `within`, a dialog say) and waits until its
 * list has closed. A click during the list's opening animation can miss, which left a required field empty
 * in two CI runs. With `search`, the text is typed into the field first, as a user finds a unit in a tree.
 */
export async function pick(
  page: Page,
  label: string,
  option: string | RegExp,
  within: Page | Locator = page,
  search?: string,
) {
  const field = within.getByLabel(label);
  await (search === undefined ? field.click() : field.fill(search));
  const open = page.locator(".ant-select-dropdown:visible");
  // A pattern finds a user by name within a label that also names the unit.
  const item = open.getByTitle(option, { exact: typeof option === "string" });
  await item.waitFor();
  // Let the opening animation settle first.
  await page.waitForTimeout(300);
  await item.click();
  // A list that stays open after the choice (the click landed mid-animation) is closed from the keyboard.
  await open.waitFor({ state: "hidden", timeout: 3000 }).catch(() => page.keyboard.press("Escape"));
  await open.waitFor({ state: "hidden" });
}

/** Calls the API with the page's session, as the web app does; a refusal fails the test with its answer. */
export async function api(
  page: Page,
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE",
  url: string,
  data?: unknown,
) {
  const { token } = await (await page.request.get("/api/auth/csrf")).json();
  const res = await page.request.fetch(url, { method, data, headers: { "x-csrf-token": token } });
  if (!res.ok()) throw new Error(`${method} ${url}: ${res.status()} ${await res.text()}`);
  return res.status() === 204 ? null : res.json();
}

/**
 * One browser for a test file, opened before its tests and closed after them. Pages opened through it are
 * closed after each test: a signed-in page keeps a live-updates stream open, and they would pile up.
 * Screenshots are named `<file>-<name>.png`.
 */
export function browserForFile(file: string) {
  const baseUrl = inject("baseUrl");
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((c) => c.close()));
  });
  const track = (page: Page) => {
    contexts.push(page.context());
    return page;
  };
  return {
    async signedIn(username: string, viewport?: { width: number; height: number }): Promise<Page> {
      return track(await signedIn(browser, baseUrl, username, viewport));
    },
    /** A page on a fresh profile, signed out: for the login page itself, or a sign-in with another password. */
    async newPage(viewport?: { width: number; height: number }): Promise<Page> {
      return track(await freshPage(browser, baseUrl, viewport));
    },
    /**
     * The whole page, or only the viewport (`fullPage` false) when a drawer or dialog fixed to it is open.
     * Opening animations are run to their end first: a popover caught halfway showed the page through it.
     */
    shot: (page: Page, name: string, fullPage = true) =>
      page.screenshot({
        path: path.join(SCREENSHOT_DIR, `${file}-${name}.png`),
        fullPage,
        animations: "disabled",
      }),
  };
}
