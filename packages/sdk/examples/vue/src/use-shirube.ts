import { createShirube, type ShirubeHandle } from '@shirube/sdk';
import { onMounted, onUnmounted, shallowRef, watch, type Ref } from 'vue';
import type { User } from './user.js';

/**
 * Starts Shirube when the component mounts and destroys it when it unmounts (which removes
 * everything the SDK added to the page), and tells it who is signed in whenever `user` changes.
 * Returns the SDK handle, null until mounted.
 */
export function useShirube(user: Ref<User | null>): Ref<ShirubeHandle | null> {
  const shirube = shallowRef<ShirubeHandle | null>(null);

  const tell = (handle: ShirubeHandle, who: User | null) => {
    if (!who) {
      // Signed out: forget the user, so the next person on this browser starts afresh.
      handle.reset();
      return;
    }
    // User traits and the company's (account) traits: guides target them, analytics filter by them.
    handle.identify(who.id, {
      email: who.email,
      role: who.role,
      signedUpAt: who.signedUpAt,
      accountId: who.company.id,
      account: { name: who.company.name, plan: who.company.plan, seats: who.company.seats },
    });
  };

  onMounted(() => {
    shirube.value = createShirube({
      projectKey: import.meta.env.VITE_SHIRUBE_PROJECT_KEY,
      apiUrl: import.meta.env.VITE_SHIRUBE_API_URL,
      debug: import.meta.env.DEV,
    });
    tell(shirube.value, user.value);
  });
  watch(user, (who) => shirube.value && tell(shirube.value, who));
  onUnmounted(() => {
    shirube.value?.destroy();
    shirube.value = null;
  });
  return shirube;
}
