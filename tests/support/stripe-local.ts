// Drives the local Stripe-compatible server from tests: what a buyer does on the hosted page, and
// the faults a network and a provider can produce (held, dropped, duplicated, reordered deliveries).
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { inject } from "vitest";
import { db } from "@/lib/db/client";
import { checkoutUrlFor } from "@/lib/payments/checkout-session";
import { receiveWebhook } from "@/lib/payments/webhook";

const base = () => inject("stripeApiUrl");

export async function control<T = unknown>(path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${base()}/_control${path}`, {
    method: body === undefined ? "GET" : "POST",
    headers: { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`control ${path}: ${response.status} ${text}`);
  return (text ? JSON.parse(text) : null) as T;
}

export type Method = "card" | "alipay" | "wechat_pay";

/** The buyer pays on the hosted page (the same thing its Pay button does). */
export function payAtProvider(sessionRef: string, method: Method = "card", outcome = "succeeded") {
  return control(`/checkout/${sessionRef}/pay`, { method, outcome });
}

/**
 * The checkout session of an order's latest payment, opened first when nobody has yet (as the pay
 * page does when the buyer lands on it).
 */
export async function sessionOf(orderId: string) {
  const latest = await db.payment.findFirstOrThrow({ where: { orderId }, orderBy: { attempt: "desc" } });
  if (!latest.providerRef) await checkoutUrlFor(latest.id);
  const payment = await db.payment.findUniqueOrThrow({ where: { id: latest.id } });
  if (!payment.providerRef) throw new Error("no session");
  return { payment, sessionRef: payment.providerRef };
}

export type DeliveredEvent = { id: string; type: string; status: number; body: string; signature: string };

/**
 * Our webhook route's own logic behind a real HTTP listener, registered with the local server, so
 * events arrive signed and asynchronously as they would from Stripe. Records every answer.
 */
export async function startWebhookReceiver() {
  const delivered: DeliveredEvent[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", async () => {
      const body = Buffer.concat(chunks).toString("utf8");
      const signature = req.headers["stripe-signature"];
      const answer = await receiveWebhook(body, typeof signature === "string" ? signature : null);
      const parsed = JSON.parse(body) as { id: string; type: string };
      delivered.push({
        id: parsed.id,
        type: parsed.type,
        status: answer.status,
        body,
        signature: String(signature),
      });
      res.writeHead(answer.status, { "content-type": "application/json" });
      res.end(await answer.text());
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await control("/webhook", { url: `http://127.0.0.1:${port}/`, secret: inject("stripeWebhookSecret") });
  return {
    delivered,
    async stop() {
      await control("/webhook", { url: null });
      await control("/delivery", { mode: "immediate" });
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Waits until `check` passes (deliveries are asynchronous), or fails after `ms`. */
export async function eventually<T>(check: () => Promise<T>, ms = 8_000): Promise<T> {
  const start = Date.now();
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() - start > ms) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}
