import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { adminApi } from './admin-api.js';
import { launchBrowser } from './browser.js';
import { startStack, type Stack } from './stack.js';

/** What a spec's tests share: the running stack, a browser, and the admin API of the stack's project. */
export interface Suite {
  stack: Stack;
  browser: Browser;
  api: ReturnType<typeof adminApi>;
}

/** Starts a stack and a browser before the spec's tests (call inside `describe`) and stops them after; read the fields inside tests. */
export function useStackAndBrowser(): Suite {
  const suite = {} as Suite;
  beforeAll(async () => {
    suite.stack = await startStack();
    suite.browser = await launchBrowser();
    suite.api = adminApi(suite.stack.serverUrl, suite.stack.secretKey);
  });
  afterAll(async () => {
    await suite.browser?.close();
    await suite.stack?.stop();
  });
  return suite;
}
