import { uuidv7 } from '@shirube/schema';

/** A running ingestion load (tests only): what was sent, and what the server acknowledged. */
export interface IngestLoad {
  /** Ids of events whose batch got a 2xx, batch by batch in the order each client sent them. */
  readonly acknowledged: string[];
  /** Batches that got no 2xx (refused, or the connection dropped): their events may or may not be stored. */
  readonly unacknowledged: number;
  /** Batches sent and not yet answered. */
  readonly inFlight: number;
  /** Resolves once `count` batches have been acknowledged. */
  untilAcknowledged(count: number): Promise<void>;
  /** Stops sending and waits for the batches in flight to settle. */
  stop(): Promise<void>;
}

export interface IngestLoadOptions {
  url: string;
  publicKey: string;
  clients?: number;
  batchSize?: number;
}

/**
 * Posts batches of `track` events with unique ids to a server's SDK route from `clients`
 * concurrent loops, each sending its next batch when the last one is answered, as the SDK does.
 */
export function startIngestLoad({ url, publicKey, clients = 1, batchSize = 20 }: IngestLoadOptions): IngestLoad {
  const acknowledged: string[] = [];
  let batches = 0;
  let unacknowledged = 0;
  let inFlight = 0;
  let stopped = false;
  const waiters: { count: number; resolve: () => void }[] = [];

  const sendOne = async (client: number) => {
    const now = Date.now();
    const events = Array.from({ length: batchSize }, () => ({ id: uuidv7(now), type: 'track', name: 'load', props: { client }, anonymousId: `load-${client}`, timestamp: now, path: '/' }));
    let ok = false;
    inFlight++;
    try {
      const response = await fetch(`${url}/sdk/v1/events?key=${publicKey}`, {
        method: 'POST',
        headers: { 'content-type': 'text/plain;charset=UTF-8' },
        body: JSON.stringify({ sentAt: now, events }),
      });
      await response.arrayBuffer();
      ok = response.ok;
    } catch {
      // The connection dropped: the batch may or may not have been stored.
    } finally {
      inFlight--;
    }
    if (!ok) {
      unacknowledged++;
      // The server is gone or refusing: do not spin.
      await new Promise((resolve) => setTimeout(resolve, 20));
      return;
    }
    acknowledged.push(...events.map((e) => e.id));
    batches++;
    for (const waiter of waiters.filter((w) => batches >= w.count)) {
      waiters.splice(waiters.indexOf(waiter), 1);
      waiter.resolve();
    }
  };
  const loops = Array.from({ length: clients }, async (_, client) => {
    while (!stopped) await sendOne(client);
  });

  return {
    acknowledged,
    get unacknowledged() {
      return unacknowledged;
    },
    get inFlight() {
      return inFlight;
    },
    untilAcknowledged: (count) => (batches >= count ? Promise.resolve() : new Promise((resolve) => waiters.push({ count, resolve }))),
    async stop() {
      stopped = true;
      await Promise.all(loops);
    },
  };
}
