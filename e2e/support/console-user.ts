import type { Browser, BrowserContext, Page } from 'playwright-core';

/** A console member's sign-in details. */
export interface Member {
  email: string;
  password: string;
}

/** A console member signed in in a browser of their own, on `hash` (e.g. `#/p/<id>/guides`) when given. */
export async function signInToConsole(
  browser: Browser,
  serverUrl: string,
  member: Member,
  options: { locale?: string; hash?: string; viewport?: { width: number; height: number } } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: options.viewport ?? { width: 1440, height: 900 }, locale: options.locale ?? 'en-US' });
  const page = await context.newPage();
  page.on('pageerror', (error) => {
    throw new Error(`uncaught error in the console: ${error.message}`);
  });
  await page.goto(serverUrl);
  // By id: the form speaks the browser's language (Email or メールアドレス).
  await page.locator('#email').fill(member.email);
  await page.locator('#password').fill(member.password);
  await page.locator('.auth-card button[type=submit]').click();
  if (options.hash) await page.goto(`${serverUrl}/${options.hash}`);
  return { context, page };
}
