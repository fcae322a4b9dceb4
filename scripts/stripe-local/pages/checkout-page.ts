import type { IncomingMessage, ServerResponse } from "node:http";
import { payCheckoutSession } from "../checkout/payment";
import { PAYMENT_METHODS, type PaymentMethod } from "../checkout/session-params";
import { type App, contextFor } from "../context";
import { readBody, redirect } from "../http";
import { formatAmount } from "../money";
import { own, type SessionRecord } from "../store";
import { bilingual, html, page, type SafeHtml, sendPage } from "./html";

const METHOD_LABELS: Record<PaymentMethod, [string, string]> = {
  card: ["银行卡", "Card"],
  alipay: ["支付宝", "Alipay"],
  wechat_pay: ["微信支付", "WeChat Pay"],
};

/** Where Checkout sends the buyer after paying, with the session id filled in as Stripe does. */
export function successUrlFor(record: SessionRecord): string | null {
  return record.session.success_url?.replaceAll("{CHECKOUT_SESSION_ID}", record.session.id) ?? null;
}

/**
 * The hosted payment page (the session's `url`). Its buttons post back here: Pay does what
 * `/_control/checkout/:id/pay` does and redirects to `success_url`; Decline shows the error; Cancel leaves.
 */
export async function handleCheckoutPage(
  app: App,
  req: IncomingMessage,
  res: ServerResponse,
  sessionId: string,
) {
  const record = own(app.state.sessions, sessionId);
  if (!record) {
    sendPage(
      res,
      404,
      page("找不到支付 Payment not found", html`<h1>${bilingual("找不到此支付", "Payment not found")}</h1>`),
    );
    return;
  }
  if (req.method !== "POST") {
    sendPage(res, 200, checkoutDocument(record, {}));
    return;
  }
  const form = new URLSearchParams(await readBody(req));
  const action = form.get("action");
  if (action === "cancel") {
    if (record.session.cancel_url) redirect(res, record.session.cancel_url);
    else sendPage(res, 200, checkoutDocument(record, {}));
    return;
  }
  if (record.session.status !== "open") {
    sendPage(res, 409, checkoutDocument(record, {}));
    return;
  }
  const method = PAYMENT_METHODS.find(
    (known) => known === form.get("method") && record.session.payment_method_types.includes(known),
  );
  if (!method || (action !== "pay" && action !== "decline")) {
    sendPage(
      res,
      400,
      checkoutDocument(record, { error: bilingual("请选择支付方式", "Choose a payment method") }),
    );
    return;
  }
  const ctx = contextFor(app);
  if (action === "decline") {
    payCheckoutSession(ctx, sessionId, method, "failed");
    sendPage(
      res,
      200,
      checkoutDocument(record, { error: bilingual("支付被拒绝", "Payment declined"), method }),
    );
    return;
  }
  payCheckoutSession(ctx, sessionId, method, "succeeded");
  const successUrl = successUrlFor(record);
  if (successUrl) redirect(res, successUrl);
  else sendPage(res, 200, checkoutDocument(record, {}));
}

function checkoutDocument(
  record: SessionRecord,
  options: { error?: SafeHtml; method?: PaymentMethod },
): string {
  const { session } = record;
  const currency = session.currency ?? "cny";
  const total = formatAmount(session.amount_total ?? 0, currency);
  const rows = record.lineItems.map(
    (line) => html`<tr>
<td>${line.description}</td>
<td class="num">× ${line.quantity}</td>
<td class="num">${formatAmount(line.amount_total, currency)}</td>
</tr>`,
  );
  const summary = html`<section class="card" aria-labelledby="items-heading">
<h2 id="items-heading">${bilingual("订单商品", "Items")}</h2>
<table>
<thead><tr><th scope="col">商品 <span lang="en">Item</span></th><th scope="col" class="num">数量 <span lang="en">Qty</span></th><th scope="col" class="num">金额 <span lang="en">Amount</span></th></tr></thead>
<tbody>${rows}</tbody>
</table>
<p class="total"><span>合计 <span lang="en">Total</span></span><span>${total}</span></p>
</section>`;
  const title = `支付 ${total} · Pay`;
  if (session.status !== "open") {
    return page(title, html`<h1>${bilingual("确认支付", "Checkout")}</h1>${closedNotice(record)}${summary}`);
  }
  const chosen = options.method ?? (session.payment_method_types[0] as PaymentMethod | undefined);
  const methods = session.payment_method_types.flatMap((type) => {
    const method = PAYMENT_METHODS.find((known) => known === type);
    if (!method) return [];
    const [chinese, english] = METHOD_LABELS[method];
    const checked = method === chosen ? html` checked` : "";
    return [
      html`<label class="method"><input type="radio" name="method" value="${method}"${checked}> <span>${chinese} <span lang="en">${english}</span></span></label>`,
    ];
  });
  const error = options.error ? html`<p class="error" role="alert">${options.error}</p>` : "";
  return page(
    title,
    html`<h1>${bilingual("确认支付", "Checkout")}</h1>
${error}
${summary}
<form method="post" action="/checkout/pay/${session.id}">
<fieldset>
<legend>支付方式 <span lang="en">Payment method</span></legend>
${methods}
</fieldset>
<button type="submit" name="action" value="pay">支付 <span lang="en">Pay</span> ${total}</button>
<button type="submit" name="action" value="decline" class="secondary">模拟失败 <span lang="en">Simulate decline</span></button>
<button type="submit" name="action" value="cancel" class="plain">取消 <span lang="en">Cancel</span></button>
</form>
<p class="note">这是本地测试页面，不会产生真实扣款。<span lang="en" class="en">A local test page: no real money moves.</span></p>`,
  );
}

function closedNotice(record: SessionRecord): SafeHtml {
  const { session } = record;
  if (session.status === "expired") {
    const back = session.cancel_url
      ? html`<a class="button plain" href="${session.cancel_url}">返回商店 <span lang="en">Back to the shop</span></a>`
      : "";
    return html`<p class="error" role="status">${bilingual("此支付已过期", "This payment has expired")}</p>${back}`;
  }
  const successUrl = successUrlFor(record);
  const onward = successUrl
    ? html`<a class="button" href="${successUrl}">查看订单 <span lang="en">View your order</span></a>`
    : "";
  const notice =
    session.payment_status === "paid"
      ? bilingual("支付已完成", "Payment complete")
      : bilingual("支付处理中", "Payment processing");
  return html`<p class="card" role="status">${notice}</p>${onward}`;
}
