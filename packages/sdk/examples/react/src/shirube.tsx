import { createShirube, type ShirubeHandle } from '@shirube/sdk';
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import type { User } from './user.js';

const ShirubeContext = createContext<ShirubeHandle | null>(null);

/**
 * Starts Shirube once for the app and tells it who is signed in. The SDK is created in an effect
 * (never during render) and destroyed when the provider unmounts, which removes everything it added
 * to the page; React's StrictMode mounts twice in development, and that is fine.
 */
export function ShirubeProvider(props: { user: User | null; children: ReactNode }) {
  const [shirube, setShirube] = useState<ShirubeHandle | null>(null);

  useEffect(() => {
    const handle = createShirube({
      projectKey: import.meta.env.VITE_SHIRUBE_PROJECT_KEY,
      apiUrl: import.meta.env.VITE_SHIRUBE_API_URL,
      debug: import.meta.env.DEV,
    });
    setShirube(handle);
    return () => {
      handle.destroy();
      setShirube(null);
    };
  }, []);

  const { user } = props;
  useEffect(() => {
    if (!shirube) return;
    if (!user) {
      // Signed out: forget the user, so the next person on this browser starts afresh.
      shirube.reset();
      return;
    }
    // User traits and the company's (account) traits: guides target them, analytics filter by them.
    shirube.identify(user.id, {
      email: user.email,
      role: user.role,
      signedUpAt: user.signedUpAt,
      accountId: user.company.id,
      account: { name: user.company.name, plan: user.company.plan, seats: user.company.seats },
    });
  }, [shirube, user]);

  return <ShirubeContext.Provider value={shirube}>{props.children}</ShirubeContext.Provider>;
}

/** The app's Shirube, or null before it has started. */
export const useShirube = () => useContext(ShirubeContext);
