// The per-client limit key: a client cannot pick its own by sending X-Forwarded-For.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { installNodeGate } from "@/lib/http/node-gate";
import { clientAddress } from "@/lib/security/client-address";
import { PEER_ADDRESS_HEADER } from "@/lib/security/peer-address";

describe("on a real Node server with the peer stamp installed", () => {
  let server: http.Server;
  let url: string;
  beforeAll(async () => {
    installNodeGate();
    // The handler sees the request as Next's route handlers do: by its headers only.
    server = http.createServer((request, response) => {
      response.end(clientAddress(request.headers as Record<string, string>, 0));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const addressSeen = async (headers: Record<string, string>) => (await fetch(url, { headers })).text();

  it("random X-Forwarded-For values and a forged peer header all count as the one socket address", async () => {
    const seen = new Set(
      await Promise.all([
        addressSeen({}),
        addressSeen({ "x-forwarded-for": "198.51.100.1" }),
        addressSeen({ "x-forwarded-for": "198.51.100.2, 10.0.0.1" }),
        addressSeen({ [PEER_ADDRESS_HEADER]: "192.0.2.99" }),
      ]),
    );
    expect([...seen]).toEqual(["127.0.0.1"]);
  });
});

describe("clientAddress", () => {
  const headers = (values: Record<string, string>) => new Headers(values);

  it("without TRUST_PROXY ignores X-Forwarded-For; nothing stamped means the fixed key 'direct'", () => {
    expect(clientAddress(headers({ "x-forwarded-for": "198.51.100.7" }), 0)).toBe("direct");
    expect(
      clientAddress(headers({ "x-forwarded-for": "198.51.100.7", [PEER_ADDRESS_HEADER]: "10.1.1.1" }), 0),
    ).toBe("10.1.1.1");
  });

  it("behind N trusted proxies takes the N-th hop from the right, which the client cannot write", () => {
    const forged = headers({ "x-forwarded-for": "6.6.6.6, 203.0.113.5", [PEER_ADDRESS_HEADER]: "10.0.0.2" });
    expect(clientAddress(forged, 1)).toBe("203.0.113.5");
    const twoProxies = headers({ "x-forwarded-for": "6.6.6.6, 203.0.113.5, 10.0.0.9" });
    expect(clientAddress(twoProxies, 2)).toBe("203.0.113.5");
    // A proxy that sent no header: the socket's peer (the proxy itself) is the key.
    expect(clientAddress(headers({ [PEER_ADDRESS_HEADER]: "10.0.0.2" }), 1)).toBe("10.0.0.2");
  });
});
