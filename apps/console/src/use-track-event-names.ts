import { useEffect, useState } from 'preact/hooks';
import { call, client } from './api.js';

/** The `Shirube.track` names the project has sent, most recent first, to suggest where an event is named; empty until loaded or on failure. */
export function useTrackEventNames(projectId: string): string[] {
  const [names, setNames] = useState<string[]>([]);
  useEffect(() => {
    call(client.projects[':projectId'].analytics['track-events'].$get({ param: { projectId } })).then(
      (r) => setNames(r.names),
      () => setNames([]),
    );
  }, [projectId]);
  return names;
}
