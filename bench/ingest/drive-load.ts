import { connect, type Socket } from 'node:net';
import { sdkBatch, type BenchGuide } from './sdk-batches.js';

/** What the parent asks the load process to do. */
export interface LoadPlan {
  /** The events endpoint, key included. */
  url: string;
  guides: BenchGuide[];
  connections: number;
  batchSize: number;
  warmUpMs: number;
  measureMs: number;
}

/** What one load run measured (warm-up excluded). */
export interface LoadResult {
  events: number;
  /** Events answered 202 over the whole run, warm-up included (what the server did work for). */
  allEvents: number;
  batches: number;
  failures: number;
  seconds: number;
  /** Batch latencies in ms, sorted. */
  latencies: number[];
}

/**
 * One keep-alive HTTP/1.1 connection written by hand: a request is a header block and the body,
 * the answer is read up to its Content-Length. Node's HTTP client costs several times more CPU per
 * request, and the load shares the machine with the server it measures.
 */
class Connection {
  private readonly socket: Socket;
  private readonly head: string;
  private buffer: Buffer = Buffer.alloc(0);
  private waiting: ((status: number) => void) | null = null;

  constructor(url: URL) {
    this.socket = connect(Number(url.port), url.hostname);
    this.socket.setNoDelay(true);
    this.head = `POST ${url.pathname}${url.search} HTTP/1.1\r\nHost: ${url.host}\r\nContent-Type: text/plain;charset=UTF-8\r\nContent-Length: `;
    this.socket.on('data', (chunk) => this.read(chunk));
    this.socket.on('error', () => this.settle(0));
    this.socket.on('close', () => this.settle(0));
  }

  /** Posts one body; resolves with the status code (0 when the connection failed). */
  post(body: string): Promise<number> {
    if (this.socket.destroyed) return Promise.resolve(0);
    return new Promise((resolve) => {
      this.waiting = resolve;
      this.socket.write(`${this.head}${Buffer.byteLength(body)}\r\n\r\n${body}`);
    });
  }

  close(): void {
    this.socket.destroy();
  }

  private read(chunk: Buffer): void {
    this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
    const end = this.buffer.indexOf('\r\n\r\n');
    if (end < 0) return;
    const head = this.buffer.subarray(0, end).toString('latin1');
    const length = Number(/\r\ncontent-length:\s*(\d+)/i.exec(head)?.[1] ?? 0);
    if (this.buffer.length < end + 4 + length) return;
    this.buffer = this.buffer.subarray(end + 4 + length);
    this.settle(Number(head.slice(9, 12)));
  }

  private settle(status: number): void {
    const waiting = this.waiting;
    this.waiting = null;
    waiting?.(status);
  }
}

/**
 * `connections` loops, each sending its next batch as soon as the last one is answered (as many
 * SDK tabs would, without their pauses), for a warm-up and then a measured window.
 */
export async function driveLoad(plan: LoadPlan): Promise<LoadResult> {
  const url = new URL(plan.url);
  const connections: Connection[] = [];
  const started = performance.now();
  const measureFrom = started + plan.warmUpMs;
  const measureTo = measureFrom + plan.measureMs;
  const result: LoadResult = { events: 0, allEvents: 0, batches: 0, failures: 0, seconds: plan.measureMs / 1_000, latencies: [] };
  let seq = 0;
  const loop = async () => {
    let connection = new Connection(url);
    connections.push(connection);
    while (performance.now() < measureTo) {
      const body = JSON.stringify(sdkBatch(seq++, plan.guides, plan.batchSize));
      const sent = performance.now();
      const status = await connection.post(body);
      const answered = performance.now();
      if (status === 0) {
        connection = new Connection(url);
        connections.push(connection);
      }
      if (status === 202) result.allEvents += plan.batchSize;
      if (sent < measureFrom || answered > measureTo) continue;
      if (status !== 202) {
        result.failures++;
        continue;
      }
      result.batches++;
      result.events += plan.batchSize;
      result.latencies.push(answered - sent);
    }
  };
  await Promise.all(Array.from({ length: plan.connections }, loop));
  for (const connection of connections) connection.close();
  result.latencies.sort((a, b) => a - b);
  return result;
}

// Run as the load process: the plan comes as the first argument, the result goes back over IPC.
if (process.send && process.argv[2]) {
  const plan = JSON.parse(process.argv[2]) as LoadPlan;
  driveLoad(plan).then(
    (result) => process.send!(result, () => process.exit(0)),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
