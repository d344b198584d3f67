import type { GuideInput } from '@shirube/schema';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { adminApi } from './admin-api.js';
import { launchBrowser } from './browser.js';
import { startStack, type Stack } from './stack.js';

/** What a describe block gets from `withPublishedGuide`, filled in before its first test. */
export interface PublishedGuideFixture {
  stack: Stack;
  browser: Browser;
  guideId: string;
}

/**
 * Registers hooks that start a stack and a browser and publish `guide` through the admin API
 * before the block's tests, and stop both after them.
 */
export function withPublishedGuide(guide: GuideInput): PublishedGuideFixture {
  const fixture = {} as PublishedGuideFixture;
  beforeAll(async () => {
    fixture.stack = await startStack();
    fixture.browser = await launchBrowser();
    const api = adminApi(fixture.stack.serverUrl, fixture.stack.secretKey);
    fixture.guideId = (await api.createGuide(guide)).id;
    await api.publish(fixture.guideId);
  });
  afterAll(async () => {
    await fixture.browser?.close();
    await fixture.stack?.stop();
  });
  return fixture;
}
