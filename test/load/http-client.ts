import { Agent, request } from 'node:http';

/** One answer of the API, parsed, with its round-trip time. */
export interface HttpReply {
  /** HTTP status. */
  status: number;
  /** Response headers (lowercase names). */
  headers: Record<string, string | string[] | undefined>;
  /** The parsed JSON body, or null when it was not JSON. */
  body: unknown;
  /** From sending the request until the last body byte (ms). */
  ms: number;
}

/** A request to send. */
export interface HttpCall {
  /** Method. */
  method: 'POST' | 'PUT' | 'GET';
  /** Path with query, e.g. `/api/v1/submissions`. */
  path: string;
  /** Request headers. */
  headers: Record<string, string>;
  /** Body bytes. */
  body?: Buffer;
}

/** Keep-alive HTTP/1.1 client with a bounded number of sockets to one loopback origin. */
export class LoadClient {
  private readonly agent: Agent;
  private readonly origin: URL;

  /** `maxSockets` bounds open connections; requests beyond it wait in the agent's queue. */
  constructor(
    baseUrl: string,
    maxSockets: number,
    private readonly timeoutMs = 30_000,
  ) {
    this.origin = new URL(baseUrl);
    this.agent = new Agent({ keepAlive: true, maxSockets, maxFreeSockets: maxSockets });
  }

  /** Sends one request; rejects on network errors and after the timeout. */
  send(call: HttpCall): Promise<HttpReply> {
    const started = performance.now();
    return new Promise((resolveReply, reject) => {
      const req = request(
        {
          agent: this.agent,
          host: this.origin.hostname,
          port: this.origin.port,
          method: call.method,
          path: call.path,
          headers: {
            ...call.headers,
            ...(call.body ? { 'Content-Length': String(call.body.length) } : {}),
          },
          timeout: this.timeoutMs,
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('error', reject);
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            resolveReply({
              status: res.statusCode ?? 0,
              headers: res.headers,
              body: parseJson(text, res.headers['content-type']),
              ms: performance.now() - started,
            });
          });
        },
      );
      req.on('timeout', () => req.destroy(new Error(`timeout after ${this.timeoutMs} ms`)));
      req.on('error', reject);
      req.end(call.body);
    });
  }

  /** Closes the kept-alive sockets. */
  close(): void {
    this.agent.destroy();
  }
}

function parseJson(text: string, type: string | undefined): unknown {
  if (!type?.startsWith('application/json')) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}
