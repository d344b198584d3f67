import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const LAUNCH_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * The Chromium to drive: `CHROMIUM_PATH` when set, Debian's package when installed, otherwise the
 * browser Playwright installed on this machine. Never downloads one.
 */
export function chromiumExecutable(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const found = candidates.find((path) => path && existsSync(path));
  if (found) return found;
  const bundled = chromium.executablePath();
  if (bundled && existsSync(bundled)) return bundled;
  throw new Error('No Chromium found: install Debian\'s "chromium" package or set CHROMIUM_PATH.');
}

/** Launches headless Chromium with flags that work in containers and closed networks. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumExecutable(), headless: true, args: LAUNCH_ARGS });
}
