import type { IncomingMessage } from "node:http";
import http from "node:http";

/**
 * The header that carries the socket's peer address to our code. Set on every request by the server
 * itself, over whatever the client sent in it, so it cannot be forged; X-Forwarded-For can (Next only
 * fills it in when the client sent none).
 */
export const PEER_ADDRESS_HEADER = "x-xiaying-peer-address";

export function stampPeerAddress(request: IncomingMessage): void {
  request.headers[PEER_ADDRESS_HEADER] = request.socket?.remoteAddress ?? "direct";
}

const globals = globalThis as { xyPeerAddressInstalled?: boolean };

/**
 * Route handlers and server actions never see the socket, so the Node server's "request" event is
 * wrapped once per process (instrumentation.ts) to stamp the peer address before Next reads the
 * request.
 */
export function installPeerAddressHeader(): void {
  if (globals.xyPeerAddressInstalled) return;
  globals.xyPeerAddressInstalled = true;
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function emitWithPeerAddress(
    this: http.Server,
    event: string | symbol,
    ...args: unknown[]
  ) {
    if (event === "request") stampPeerAddress(args[0] as IncomingMessage);
    return emit.apply(this, [event, ...args] as Parameters<typeof emit>);
  };
}
