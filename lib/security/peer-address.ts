import type { IncomingMessage } from "node:http";

/**
 * The header that carries the socket's peer address to our code. Set on every request by the server
 * itself, over whatever the client sent in it, so it cannot be forged; X-Forwarded-For can (Next only
 * fills it in when the client sent none).
 */
export const PEER_ADDRESS_HEADER = "x-xiaying-peer-address";

export function stampPeerAddress(request: IncomingMessage): void {
  request.headers[PEER_ADDRESS_HEADER] = request.socket?.remoteAddress ?? "direct";
}
