import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type {
  AnnouncedAttachment,
  SubmissionReceipt,
  SubmissionRequest,
} from '../../src/shared/submission.ts';

/** Requests of the submission protocol a fault can target ('register': POST /api/v1/devices). */
export type SubmissionRoute = 'post' | 'get' | 'head' | 'put' | 'register';

/** What the server does instead of (or after) answering normally. */
export type SubmissionFault =
  /** Answers normally (a placeholder in a queue of faults). */
  | { kind: 'pass' }
  /** Answers this status and body without touching any state. */
  | { kind: 'status'; status: number; headers?: Record<string, string>; body?: string }
  /** Destroys the connection, before or after the request took effect. */
  | { kind: 'reset'; afterCommit: boolean }
  /** Never answers (the client's timeout must fire). */
  | { kind: 'hang' }
  /** PUT only: keeps this share of the chunk's bytes, then destroys the connection. */
  | { kind: 'cut'; share: number };

/** A submission as the fault server stores it. */
export interface StoredSubmission {
  /** The receipt, kept current. */
  receipt: SubmissionReceipt;
  /** SHA-256 of the request body. */
  fingerprint: string;
  /** The token that submitted it. */
  token: string;
  /** Announced attachments with the bytes received so far. */
  attachments: Map<string, { announced: AnnouncedAttachment; bytes: Buffer; complete: boolean }>;
}

/** A real HTTP server on loopback implementing the submission protocol in memory, with faults. */
export interface SubmissionFaultServer {
  /** Base URL, no trailing slash. */
  url: string;
  /** Queues faults for the next requests of a route, in order. */
  inject(route: SubmissionRoute, ...faults: SubmissionFault[]): void;
  /** Picks a fault for every request that has none queued (random fault mixes). */
  chaos: ((route: SubmissionRoute) => SubmissionFault) | undefined;
  /** Idempotency-Keys in the order new submissions were stored (a duplicate shows up twice). */
  commits: string[];
  /** Every request: route and Idempotency-Key. */
  requests: { route: SubmissionRoute; key: string }[];
  /** Stored submissions by key. */
  submissions: Map<string, StoredSubmission>;
  /** Registered device credentials by token (citizen devices, POST /api/v1/devices {}). */
  devices: Map<string, { deviceId: string; revoked: boolean }>;
  /** Stops the server, cutting hanging connections. */
  stop(): Promise<void>;
}

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const JSON_TYPE = { 'Content-Type': 'application/json' };

/** Starts the fault server on a free loopback port. */
export async function startSubmissionFaultServer(): Promise<SubmissionFaultServer> {
  const queues: Record<SubmissionRoute, SubmissionFault[]> = {
    post: [],
    get: [],
    head: [],
    put: [],
    register: [],
  };
  const state: SubmissionFaultServer = {
    url: '',
    inject: (route, ...faults) => queues[route].push(...faults),
    chaos: undefined,
    commits: [],
    requests: [],
    submissions: new Map(),
    devices: new Map(),
    stop: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
  const server = createServer((req, res) => {
    if (req.url === '/api/v1/devices' && req.method === 'POST') {
      // Registration takes injected faults but no chaos: the mixes target the submission protocol.
      state.requests.push({ route: 'register', key: '' });
      void register(state, req, res, queues.register.shift() ?? { kind: 'pass' });
      return;
    }
    const match = /^\/api\/v1\/submissions(?:\/([^/]+)(?:\/attachments\/([^/]+))?)?$/.exec(
      req.url ?? '',
    );
    const route = routeOf(req.method ?? '', match);
    if (!match || !route) return send(res, 404, { error: { code: 'not_found' } });
    const key = match[1] ?? String(req.headers['idempotency-key'] ?? '');
    state.requests.push({ route, key });
    const fault = queues[route].shift() ?? state.chaos?.(route) ?? { kind: 'pass' };
    void handle(state, req, res, route, key, match[2], fault);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return state;
}

async function register(
  state: SubmissionFaultServer,
  req: IncomingMessage,
  res: ServerResponse,
  fault: SubmissionFault,
): Promise<void> {
  await readBody(req);
  if (fault.kind === 'hang') return;
  if (fault.kind === 'status') {
    res.writeHead(fault.status, { ...JSON_TYPE, ...fault.headers });
    res.end(fault.body ?? '');
    return;
  }
  if (fault.kind === 'reset' && !fault.afterCommit) {
    req.socket.destroy();
    return;
  }
  const credential = {
    deviceId: randomUUID(),
    token: randomBytes(32).toString('base64url'),
    kind: 'citizen',
  };
  state.devices.set(credential.token, { deviceId: credential.deviceId, revoked: false });
  if (fault.kind === 'reset') req.socket.destroy();
  else send(res, 201, credential);
}

function routeOf(method: string, match: RegExpExecArray | null): SubmissionRoute | undefined {
  if (!match) return undefined;
  if (!match[1]) return method === 'POST' ? 'post' : undefined;
  if (!match[2]) return method === 'GET' ? 'get' : undefined;
  return method === 'HEAD' ? 'head' : method === 'PUT' ? 'put' : undefined;
}

async function handle(
  state: SubmissionFaultServer,
  req: IncomingMessage,
  res: ServerResponse,
  route: SubmissionRoute,
  key: string,
  attachmentId: string | undefined,
  fault: SubmissionFault,
): Promise<void> {
  if (fault.kind === 'hang') return;
  if (fault.kind === 'status') {
    res.writeHead(fault.status, { ...JSON_TYPE, ...fault.headers });
    res.end(fault.body ?? '');
    return;
  }
  if (fault.kind === 'reset' && !fault.afterCommit) {
    req.socket.destroy();
    return;
  }
  const token = /^Bearer (\S+)$/.exec(String(req.headers.authorization ?? ''))?.[1] ?? '';
  const device = state.devices.get(token);
  if (!device || device.revoked) {
    const code = device ? 'device_revoked' : 'unauthenticated';
    await readBody(req);
    send(res, 401, { error: { code, message: code } }, { 'WWW-Authenticate': 'Bearer' });
    return;
  }
  const stored = state.submissions.get(key);
  const [status, body, headers] =
    route === 'post'
      ? post(state, key, token, await readBody(req))
      : !stored || stored.token !== token
        ? [404, { error: { code: 'not_found' } }, {}]
        : route === 'get'
          ? [200, stored.receipt, {}]
          : route === 'head'
            ? [200, undefined, { 'Upload-Offset': String(offsetOf(stored, attachmentId)) }]
            : await put(stored, attachmentId ?? '', req, fault);
  if (fault.kind === 'reset' || (fault.kind === 'cut' && route === 'put')) {
    req.socket.destroy();
    return;
  }
  send(res, status, body, headers);
}

type Answer = [number, unknown, Record<string, string>];

function post(state: SubmissionFaultServer, key: string, token: string, body: Buffer): Answer {
  if (!/^[0-9a-f-]{36}$/i.test(key)) return [400, { error: { code: 'idempotency_key' } }, {}];
  const fingerprint = createHash('sha256').update(body).digest('hex');
  const existing = state.submissions.get(key);
  if (existing) {
    if (existing.fingerprint !== fingerprint) {
      return [422, { error: { code: 'idempotency_key_reused' } }, {}];
    }
    return [200, existing.receipt, { 'Idempotent-Replayed': 'true' }];
  }
  const request = JSON.parse(body.toString('utf8')) as SubmissionRequest;
  const attachments = new Map(
    request.attachments.map((announced) => [
      announced.id,
      { announced, bytes: Buffer.alloc(0), complete: false },
    ]),
  );
  const missing = [...attachments.keys()];
  const receipt: SubmissionReceipt = {
    id: randomUUID(),
    idempotencyKey: key,
    reference: reference(),
    receivedAt: new Date().toISOString(),
    serviceId: request.serviceId,
    formId: request.formId,
    status: missing.length ? 'awaiting-attachments' : 'received',
    missingAttachments: missing,
  };
  state.submissions.set(key, { receipt, fingerprint, token, attachments });
  state.commits.push(key);
  return [201, receipt, {}];
}

async function put(
  stored: StoredSubmission,
  attachmentId: string,
  req: IncomingMessage,
  fault: SubmissionFault,
): Promise<Answer> {
  const attachment = stored.attachments.get(attachmentId);
  const range = /^bytes (\d+)-(\d+)\/(\d+)$/.exec(String(req.headers['content-range'] ?? ''));
  if (!attachment || !range) return [404, { error: { code: 'not_found' } }, {}];
  let chunk = await readBody(req);
  if (fault.kind === 'cut') chunk = chunk.subarray(0, Math.floor(chunk.byteLength * fault.share));
  const start = Number(range[1]);
  if (start !== attachment.bytes.byteLength || attachment.complete) {
    return [409, { error: { code: 'offset_mismatch' }, offset: attachment.bytes.byteLength }, {}];
  }
  attachment.bytes = Buffer.concat([attachment.bytes, chunk]);
  const { size, sha256 } = attachment.announced;
  if (attachment.bytes.byteLength === size) {
    if (createHash('sha256').update(attachment.bytes).digest('hex') !== sha256) {
      attachment.bytes = Buffer.alloc(0);
      return [422, { error: { code: 'hash_mismatch' } }, {}];
    }
    attachment.complete = true;
    const missing = [...stored.attachments.values()].filter((entry) => !entry.complete);
    stored.receipt.missingAttachments = missing.map((entry) => entry.announced.id);
    if (missing.length === 0) stored.receipt.status = 'received';
  }
  return [200, { offset: attachment.bytes.byteLength }, {}];
}

function offsetOf(stored: StoredSubmission, attachmentId: string | undefined): number {
  return stored.attachments.get(attachmentId ?? '')?.bytes.byteLength ?? 0;
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, body: unknown, headers = {}): void {
  res.writeHead(status, { ...JSON_TYPE, ...headers });
  res.end(body === undefined ? '' : JSON.stringify(body));
}

function reference(): string {
  const pick = () => ALPHABET[Math.floor(Math.random() * ALPHABET.length)];
  const group = () => Array.from({ length: 4 }, pick).join('');
  return `LT-${group()}-${group()}-${pick()}`;
}
