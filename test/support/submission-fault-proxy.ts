import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** Requests of the submission protocol a fault can target. */
export type ProxyRoute = 'post' | 'get' | 'head' | 'put';

/** What the proxy does with one submission request instead of passing it through. */
export type ProxyFault =
  /** Forwards the request and the answer untouched. */
  | { kind: 'pass' }
  /** Destroys the connection without forwarding (server down, connection refused). */
  | { kind: 'down' }
  /** Answers this itself without forwarding (500, 503 + Retry-After, captive portal, 302). */
  | { kind: 'status'; status: number; headers?: Record<string, string>; body?: string }
  /** Never answers and never forwards (the client's timeout must fire). */
  | { kind: 'hang' }
  /** Forwards, reads the server's whole answer (so it committed), then destroys the connection. */
  | { kind: 'reset-after-answer' }
  /** PUT only: forwards this share of the body, then destroys both connections. */
  | { kind: 'cut'; share: number }
  /** Forwards, then holds the server's complete answer this long before passing it on. */
  | { kind: 'delay'; ms: number };

/** One request that reached the proxy. */
export interface ProxiedRequest {
  /** Which protocol request. */
  route: ProxyRoute;
  /** Idempotency-Key (POST header, or the key in the path). */
  key: string;
  /** The fault applied. */
  fault: ProxyFault['kind'];
  /** The server's status, when the server answered. */
  upstreamStatus?: number;
}

/** A real HTTP proxy in front of a real Lotse server that breaks submission requests. */
export interface SubmissionFaultProxy {
  /** Base URL of the proxy, no trailing slash. */
  url: string;
  /** Queues faults for the next requests of a route, in order. */
  inject(route: ProxyRoute, ...faults: ProxyFault[]): void;
  /** Picks the fault of every request that has none queued (seeded random mixes). */
  chaos: ((route: ProxyRoute) => ProxyFault) | undefined;
  /** Every submission request, in arrival order. */
  requests: ProxiedRequest[];
  /** Stops the proxy, cutting hanging connections. */
  stop(): Promise<void>;
}

const SUBMISSIONS = /^\/api\/v1\/submissions(?:\/([^/?]+)(\/attachments\/[^/?]+)?)?/;

/** Starts the proxy on a free loopback port, forwarding everything to `target`. */
export async function startSubmissionFaultProxy(target: string): Promise<SubmissionFaultProxy> {
  const upstream = new URL(target);
  const queues: Record<ProxyRoute, ProxyFault[]> = { post: [], get: [], head: [], put: [] };
  const sockets = new Set<Socket>();
  const proxy: SubmissionFaultProxy = {
    url: '',
    inject: (route, ...faults) => queues[route].push(...faults),
    chaos: undefined,
    requests: [],
    stop: () =>
      new Promise((done) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => done());
      }),
  };
  const server = createServer((incoming, outgoing) => {
    const route = routeOf(incoming);
    const fault: ProxyFault = route
      ? (queues[route].shift() ?? proxy.chaos?.(route) ?? { kind: 'pass' })
      : { kind: 'pass' };
    const entry: ProxiedRequest | undefined = route
      ? { route, key: keyOf(incoming), fault: fault.kind }
      : undefined;
    if (entry) proxy.requests.push(entry);
    handle(upstream, incoming, outgoing, fault, entry);
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  proxy.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return proxy;
}

function handle(
  upstream: URL,
  incoming: IncomingMessage,
  outgoing: ServerResponse,
  fault: ProxyFault,
  entry: ProxiedRequest | undefined,
): void {
  // Captured now: the request detaches from its socket once it is consumed or destroyed.
  const socket = incoming.socket;
  if (fault.kind === 'down') {
    socket.destroy();
    return;
  }
  if (fault.kind === 'hang') {
    incoming.resume();
    return;
  }
  if (fault.kind === 'status') {
    incoming.resume();
    incoming.once('end', () => {
      outgoing.writeHead(fault.status, fault.headers ?? { 'Content-Type': 'application/json' });
      outgoing.end(fault.body ?? '{"error":{"code":"proxy_fault"}}');
    });
    return;
  }
  const forward = request(
    {
      host: upstream.hostname,
      port: upstream.port,
      path: incoming.url,
      method: incoming.method,
      headers: { ...incoming.headers, host: upstream.host },
      agent: false,
    },
    (answer) => {
      if (entry) entry.upstreamStatus = answer.statusCode;
      if (fault.kind === 'pass' || fault.kind === 'cut') {
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(outgoing);
        return;
      }
      void readAll(answer).then(async (body) => {
        if (fault.kind === 'reset-after-answer') {
          socket.destroy();
          return;
        }
        await new Promise((done) => setTimeout(done, fault.ms));
        if (socket.destroyed) return;
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        outgoing.end(body);
      });
    },
  );
  forward.on('error', () => socket.destroy());
  if (fault.kind === 'cut') {
    void cutBody(incoming, forward, fault.share).finally(() => socket.destroy());
    return;
  }
  incoming.pipe(forward);
}

/** Forwards `share` of the announced body, then breaks both sides like a lost connection. */
async function cutBody(
  incoming: IncomingMessage,
  forward: ReturnType<typeof request>,
  share: number,
): Promise<void> {
  const keep = Math.floor(Number(incoming.headers['content-length'] ?? 0) * share);
  let sent = 0;
  for await (const chunk of incoming) {
    const piece = (chunk as Buffer).subarray(0, Math.max(0, keep - sent));
    if (piece.length > 0) forward.write(piece);
    sent += piece.length;
    if (sent >= keep) break;
  }
  // Give the server a moment to receive the half before the connection drops.
  await new Promise((done) => setTimeout(done, 20));
  forward.destroy();
}

async function readAll(stream: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function routeOf(incoming: IncomingMessage): ProxyRoute | undefined {
  const match = SUBMISSIONS.exec(incoming.url ?? '');
  if (!match) return undefined;
  const method = incoming.method ?? 'GET';
  if (match[2]) return method === 'PUT' ? 'put' : method === 'HEAD' ? 'head' : 'get';
  if (match[1]) return method === 'GET' ? 'get' : undefined;
  return method === 'POST' ? 'post' : undefined;
}

function keyOf(incoming: IncomingMessage): string {
  const header = incoming.headers['idempotency-key'];
  if (typeof header === 'string') return header;
  return decodeURIComponent(SUBMISSIONS.exec(incoming.url ?? '')?.[1] ?? '');
}
