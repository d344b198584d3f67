import { useEffect, useState } from 'preact/hooks';
import { call, client } from './api.js';

/** The project's walkthroughs, announcements and banners (what `Shirube.start` can start), for pickers; empty until loaded or when loading fails. */
export function useWalkthroughs(projectId: string, enabled: boolean): Array<{ id: string; name: string }> {
  const [walkthroughs, setWalkthroughs] = useState<Array<{ id: string; name: string }>>([]);
  useEffect(() => {
    if (!enabled) return;
    call(client.projects[':projectId'].guides.$get({ param: { projectId } })).then(
      (answer) => setWalkthroughs(answer.guides.filter((g) => g.format !== 'hotspots' && g.format !== 'checklist').map((g) => ({ id: g.id, name: g.name }))),
      () => setWalkthroughs([]),
    );
  }, [projectId, enabled]);
  return walkthroughs;
}
