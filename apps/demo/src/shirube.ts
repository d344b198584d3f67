import type { DemoUser } from './session.js';

function quietly(call: () => unknown): void {
  try {
    const result = call();
    // An SDK call that returns a rejected promise must not surface as an unhandled rejection.
    if (result instanceof Promise) result.catch(() => undefined);
  } catch {
    // The SDK is a guest on this page: whatever it does, the app keeps working.
  }
}

/**
 * Tells Shirube who is signed in, now if the SDK has loaded, else once it fires `shirube:ready`.
 * Returns a cleanup that drops the pending listener.
 */
export function identifyWithShirube(user: DemoUser): () => void {
  const identify = () =>
    quietly(() =>
      window.Shirube?.identify?.(user.id, {
        name: user.name,
        email: user.id,
        role: user.role,
        plan: user.plan,
        accountId: user.accountId,
        account: { name: user.accountName, plan: user.plan },
      }),
    );
  if (window.Shirube) {
    identify();
    return () => undefined;
  }
  window.addEventListener('shirube:ready', identify, { once: true });
  return () => window.removeEventListener('shirube:ready', identify);
}

/** Reports something the user did (`report_submitted`, ...): what A/B tests of guides measure. */
export function trackWithShirube(name: string, props?: Record<string, string | number>): void {
  quietly(() => window.Shirube?.track?.(name, props));
}

/** Forgets the user in Shirube after sign-out. */
export function resetShirube(): void {
  quietly(() => window.Shirube?.reset?.());
}
