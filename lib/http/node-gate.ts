import http, { type IncomingMessage, type ServerResponse } from "node:http";
import { stampPeerAddress } from "../security/peer-address";
import { MESSAGE_PATH, UPLOAD_PATH } from "./body-limits";
import { headerRefusal, REFUSAL_HEADERS, type RequestHeaders } from "./request-guard";

function headersOf(request: IncomingMessage): RequestHeaders {
  const get = (name: string) => {
    const value = request.headers[name];
    return value === undefined ? null : Array.isArray(value) ? value.join(", ") : value;
  };
  return { get, has: (name) => get(name) !== null };
}

/**
 * Product saves and large message sends skip proxy.ts (it would buffer their large bodies), so Next itself meets a foreign
 * Origin or an oversized body there, and answers both with 500 (its action handler hard-codes that
 * status). The same header checks are made here first, before Next reads a byte of the body.
 */
function refuseUpload(request: IncomingMessage, response: ServerResponse): boolean {
  if (request.method !== "POST") return false;
  const pathname = new URL(request.url ?? "/", "http://local").pathname;
  if (!UPLOAD_PATH.test(pathname) && !MESSAGE_PATH.test(pathname)) return false;
  const refused = headerRefusal(request.method, pathname, headersOf(request));
  if (!refused) return false;
  const message = `${refused.message}\n`;
  response.writeHead(refused.status, { ...REFUSAL_HEADERS, "content-length": Buffer.byteLength(message) });
  response.write(message);
  endAfterLingering(request, response);
  return true;
}

/** Long enough for a client on a slow link to finish sending what it had started, and no longer. */
const LINGER_MS = 5_000;

/**
 * A lingering close, as nginx does after a 413. The client already has the whole answer, but ending
 * the response now would make Node reset the connection while the client is still sending, and the
 * client would see a broken pipe instead of the refusal. So the rest of the body is read and thrown
 * away (never kept) before the response ends and the connection closes; a client still sending after
 * LINGER_MS is cut off.
 */
function endAfterLingering(request: IncomingMessage, response: ServerResponse): void {
  const cutOff = setTimeout(() => request.socket.destroy(), LINGER_MS);
  cutOff.unref();
  request.once("end", () => {
    clearTimeout(cutOff);
    response.end();
  });
  request.resume();
}

const globals = globalThis as { xyNodeGateInstalled?: boolean };

/**
 * Route handlers and server actions never see the socket, and product saves never pass the proxy,
 * so the Node server's "request" event is wrapped once per process (instrumentation.ts): it stamps
 * the peer address, and refuses a bad product save before Next reads it.
 */
export function installNodeGate(): void {
  if (globals.xyNodeGateInstalled) return;
  globals.xyNodeGateInstalled = true;
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function emitThroughGate(
    this: http.Server,
    event: string | symbol,
    ...args: unknown[]
  ) {
    if (event === "request") {
      const [request, response] = args as [IncomingMessage, ServerResponse];
      stampPeerAddress(request);
      if (refuseUpload(request, response)) return true;
    }
    return emit.apply(this, [event, ...args] as Parameters<typeof emit>);
  };
}
