import fs from "node:fs";
import { type Browser, chromium } from "playwright-core";

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

/** Screenshots land here so that a person can look at what the tests saw. */
export const SCREENSHOT_DIR = "test-results/screenshots";
fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
