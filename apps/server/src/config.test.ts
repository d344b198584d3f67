import { describe, expect, it } from 'vitest';
import { readEnv } from './config.js';
import { DEFAULT_INGEST_RATE_LIMIT } from './http/rate-limit.js';

describe('ingestion rate settings', () => {
  it('default to the documented limit and read SHIRUBE_INGEST_RATE / SHIRUBE_INGEST_BURST', () => {
    expect(readEnv({}).ingestRate).toEqual(DEFAULT_INGEST_RATE_LIMIT);
    expect(DEFAULT_INGEST_RATE_LIMIT).toEqual({ perSecond: 100, burst: 200 });
    expect(readEnv({ SHIRUBE_INGEST_RATE: '2.5', SHIRUBE_INGEST_BURST: '10' }).ingestRate).toEqual({ perSecond: 2.5, burst: 10 });
  });

  it('refuses nonsense, naming the variable', () => {
    expect(() => readEnv({ SHIRUBE_INGEST_RATE: 'fast' })).toThrow(/SHIRUBE_INGEST_RATE must be a positive number/);
    expect(() => readEnv({ SHIRUBE_INGEST_BURST: '0' })).toThrow(/SHIRUBE_INGEST_BURST must be a positive number/);
  });
});

describe('SQLite checkpoint thread', () => {
  it('is off unless SHIRUBE_SQLITE_CHECKPOINT_THREAD asks for it', () => {
    expect(readEnv({}).checkpointThread).toBe(false);
    expect(readEnv({ SHIRUBE_SQLITE_CHECKPOINT_THREAD: '1' }).checkpointThread).toBe(true);
    expect(readEnv({ SHIRUBE_SQLITE_CHECKPOINT_THREAD: 'true' }).checkpointThread).toBe(true);
    expect(readEnv({ SHIRUBE_SQLITE_CHECKPOINT_THREAD: '0' }).checkpointThread).toBe(false);
  });
});
