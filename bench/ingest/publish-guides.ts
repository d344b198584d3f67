import type { BenchGuide } from './sdk-batches.js';

/** Three published guides of two to four steps, created through the admin API like a customer's. */
export async function publishGuides(serverUrl: string, secretKey: string): Promise<BenchGuide[]> {
  const call = async (path: string, body?: unknown) => {
    const res = await fetch(`${serverUrl}/api/v1${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${secretKey}`, 'content-type': 'application/json' },
      body: body === undefined ? null : JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`POST ${path} -> ${res.status}: ${await res.text()}`);
    return (await res.json()) as Record<string, unknown>;
  };
  const guides: BenchGuide[] = [];
  for (const [g, stepCount] of [2, 3, 4].entries()) {
    const stepIds = Array.from({ length: stepCount }, (_, i) => `step-${i + 1}`);
    const steps = stepIds.map((id) => ({ id, kind: 'modal', title: `Step ${id}`, content: [{ type: 'paragraph', children: [{ type: 'text', text: 'Hello' }] }], advance: 'next' }));
    const created = await call('/guides', { name: `Bench guide ${g + 1}`, onboarding: g === 0, steps });
    const published = await call(`/guides/${String(created.id)}/publish`);
    guides.push({ id: String(created.id), version: Number(published.version), stepIds });
  }
  return guides;
}
