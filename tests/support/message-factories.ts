// Builders for the message tests: a buyer, a shop with a visible product, and a conversation between them.
import { openConversation } from "@/lib/messages/open";
import { createCategory, createProduct, createShop, createUser } from "./factories";

export async function buyerAndShop() {
  const buyer = await createUser("BUYER");
  const { shop, owner: seller, villageId } = await createShop();
  const product = await createProduct(shop.id, { categoryId: (await createCategory()).id, status: "ACTIVE" });
  return { buyer, seller, shop, product, villageId };
}

/** A conversation the buyer opened from the product page (its first message is the product card). */
export async function openedConversation() {
  const parties = await buyerAndShop();
  const opened = await openConversation(parties.buyer.id, { productId: parties.product.id });
  if (!opened.ok) throw new Error(`could not open a conversation: ${opened.error}`);
  return { ...parties, conversationId: opened.data.conversationId };
}

/** Reads Server-Sent Events from a stream response until `count` message events have come. */
export async function readMessageEvents(response: Response, count: number) {
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  const events: { id: string; data: { seq: number; text: string; kind: string } }[] = [];
  while (events.length < count) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true });
    let end = buffer.indexOf("\n\n");
    while (end >= 0) {
      const frame = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const lines = frame.split("\n");
      if (lines.includes("event: message")) {
        const id = lines.find((line) => line.startsWith("id: "))?.slice(4) ?? "";
        const data = JSON.parse(lines.find((line) => line.startsWith("data: "))?.slice(6) ?? "{}");
        events.push({ id, data });
      }
      end = buffer.indexOf("\n\n");
    }
  }
  await reader.cancel();
  return events;
}
