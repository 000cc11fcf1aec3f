import {
  createServer,
  request,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the proxy does to the catalogue download; everything else passes through untouched. */
export type CatalogueFault =
  | { kind: 'none' }
  /** Sends this share of the body, then destroys the connection. */
  | { kind: 'cut'; share: number }
  /** Changes one byte inside the JSON (still valid JSON, wrong content hash). */
  | { kind: 'corrupt' }
  /** Sends the intact body in this many pieces, 100 ms apart (a slow mobile connection). */
  | { kind: 'slow'; pieces: number };

/** A real HTTP proxy in front of a Lotse server that can break the catalogue download. */
export interface FaultProxy {
  /** Base URL of the proxy (open the app here). */
  url: string;
  /** Sets the fault for the following catalogue downloads. */
  fault: CatalogueFault;
  /** How many catalogue bodies (200 answers) went through. */
  catalogueBodies: number;
  /** Stops the proxy. */
  stop(): Promise<void>;
}

const CATALOGUE = '/api/v1/catalogue';

/** Starts the proxy on a free loopback port, forwarding to `target`. */
export async function startFaultProxy(target: string): Promise<FaultProxy> {
  const upstream = new URL(target);
  const proxy: FaultProxy = {
    url: '',
    fault: { kind: 'none' },
    catalogueBodies: 0,
    stop: () => new Promise((done) => server.close(() => done())),
  };
  const server: Server = createServer((incoming, outgoing) => {
    const isCatalogue = incoming.url === CATALOGUE;
    const headers = { ...incoming.headers, host: upstream.host };
    // Identity encoding lets the proxy cut or change the JSON bytes themselves.
    if (isCatalogue && proxy.fault.kind !== 'none') delete headers['accept-encoding'];
    const forward = request(
      {
        host: upstream.hostname,
        port: upstream.port,
        path: incoming.url,
        method: incoming.method,
        headers,
      },
      (answer) => {
        if (!isCatalogue || answer.statusCode !== 200 || proxy.fault.kind === 'none') {
          if (isCatalogue && answer.statusCode === 200) proxy.catalogueBodies++;
          outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(outgoing);
          return;
        }
        proxy.catalogueBodies++;
        const fault = proxy.fault;
        void damage(answer, fault).then(async ({ body, cut }) => {
          outgoing.writeHead(200, answer.headers);
          if (cut) outgoing.write(body, () => outgoing.destroy());
          else if (fault.kind === 'slow') await trickle(outgoing, body, fault.pieces);
          else outgoing.end(body);
        });
      },
    );
    forward.on('error', () => outgoing.destroy());
    incoming.pipe(forward);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  proxy.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return proxy;
}

async function trickle(outgoing: ServerResponse, body: Buffer, pieces: number): Promise<void> {
  const size = Math.ceil(body.length / pieces);
  for (let start = 0; start < body.length; start += size) {
    outgoing.write(body.subarray(start, start + size));
    await new Promise((done) => setTimeout(done, 100));
  }
  outgoing.end();
}

async function damage(
  answer: IncomingMessage,
  fault: CatalogueFault,
): Promise<{ body: Buffer; cut: boolean }> {
  const chunks: Buffer[] = [];
  for await (const chunk of answer) chunks.push(chunk as Buffer);
  const body = Buffer.concat(chunks);
  if (fault.kind === 'slow') return { body, cut: false };
  if (fault.kind === 'cut') {
    return { body: body.subarray(0, Math.floor(body.length * fault.share)), cut: true };
  }
  // Change a letter inside the first service name: same length, still JSON, another hash.
  const at = body.indexOf('"name":"', body.indexOf('"services"')) + 8;
  body[at] = body[at] === 0x58 ? 0x59 : 0x58;
  return { body, cut: false };
}
