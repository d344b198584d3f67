import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Test-only: a webhook request as a receiver got it. */
export interface Received {
  headers: IncomingHttpHeaders;
  body: string;
}

/** Test-only: a real HTTP receiver on 127.0.0.1 that answers with the statuses it is given, in turn. */
export interface TestReceiver {
  url: string;
  received: Received[];
  /** Answers for the next requests, in order (`'hang'`: never answer); after them it answers 200. */
  answer(...statuses: Array<number | 'hang'>): void;
  close(): Promise<void>;
}

export async function startTestReceiver(): Promise<TestReceiver> {
  const received: Received[] = [];
  const queued: Array<number | 'hang'> = [];
  const server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => {
      received.push({ headers: req.headers, body });
      const status = queued.shift() ?? 200;
      if (status !== 'hang') res.writeHead(status, { 'content-type': 'text/plain' }).end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`,
    received,
    answer: (...statuses) => void queued.push(...statuses),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
