import type { EventBatchResult } from '@shirube/schema';
import type { Database } from '../db/database.js';
import { ingestBatches, type ReceivedBatch } from './ingest.js';

/** Group commit: validated batches wait here and are written together. */
export interface IngestQueue {
  /** Queues a validated batch; resolves with its counts once its transaction committed, rejects if it could not be stored. */
  submit(batch: ReceivedBatch): Promise<EventBatchResult>;
  /** Resolves once every batch queued so far has been written (or refused). */
  drain(): Promise<void>;
}

export interface IngestQueueOptions {
  /** Events written in one transaction at most (a single larger batch still goes alone). */
  maxEvents?: number;
}

interface Waiting {
  batch: ReceivedBatch;
  resolve(result: EventBatchResult): void;
  reject(error: unknown): void;
}

/**
 * Batches that arrive while a transaction is running are queued, and the writer then takes all of
 * them (up to `maxEvents`) into the next single transaction: one commit, one set of reads and one
 * upsert per table for many requests instead of one each. Each request is answered only after the
 * transaction holding its batch committed. When a group's transaction fails, its batches are
 * retried one by one, so a batch that cannot be stored fails alone.
 */
export function createIngestQueue(db: Database, { maxEvents = 4_000 }: IngestQueueOptions = {}): IngestQueue {
  const waiting: Waiting[] = [];
  let writing: Promise<void> | null = null;

  const takeGroup = (): Waiting[] => {
    let events = 0;
    let count = 0;
    while (count < waiting.length && (count === 0 || events + waiting[count]!.batch.batch.events.length <= maxEvents)) {
      events += waiting[count]!.batch.batch.events.length;
      count++;
    }
    return waiting.splice(0, count);
  };

  const writeGroup = async (group: Waiting[]): Promise<void> => {
    try {
      const results = await ingestBatches(db, group.map((w) => w.batch));
      group.forEach((w, i) => w.resolve(results[i]!));
    } catch (error) {
      if (group.length === 1) return group[0]!.reject(error);
      for (const w of group) {
        await ingestBatches(db, [w.batch]).then(([result]) => w.resolve(result!), w.reject);
      }
    }
  };

  const writeAll = async (): Promise<void> => {
    // Let the requests that arrived with this one reach the queue first.
    await new Promise((resolve) => setImmediate(resolve));
    while (waiting.length > 0) await writeGroup(takeGroup());
    writing = null;
  };

  return {
    submit(batch) {
      return new Promise<EventBatchResult>((resolve, reject) => {
        waiting.push({ batch, resolve, reject });
        writing ??= writeAll();
      });
    },
    async drain() {
      while (writing) await writing;
    },
  };
}
