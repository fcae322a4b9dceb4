import type { IncomingMessage, ServerResponse } from "node:http";
import { onboardAccount } from "../connect/onboarding";
import { type App, contextFor } from "../context";
import { isHttpUrl } from "../form";
import { readBody, redirect } from "../http";
import { clockNow, own } from "../store";
import { bilingual, html, page, sendPage } from "./html";

/**
 * Stripe's hosted Express onboarding, reduced to one button (the account link's `url`). The link carries
 * where to return; like Stripe, an expired link sends the seller to `refresh_url` for a fresh one.
 */
export async function handleOnboardingPage(
  app: App,
  req: IncomingMessage,
  res: ServerResponse,
  accountId: string,
  url: URL,
) {
  const account = own(app.state.accounts, accountId);
  if (!account) {
    sendPage(
      res,
      404,
      page("找不到账户 Account not found", html`<h1>${bilingual("找不到此账户", "Account not found")}</h1>`),
    );
    return;
  }
  const returnUrl = safeUrl(url.searchParams.get("return"));
  const refreshUrl = safeUrl(url.searchParams.get("refresh"));
  const expiresAt = Number(url.searchParams.get("expires") ?? Number.POSITIVE_INFINITY);
  const onboarded = account.details_submitted && account.capabilities?.transfers === "active";
  if (!onboarded && clockNow(app.state) > expiresAt && refreshUrl) {
    redirect(res, refreshUrl);
    return;
  }
  if (req.method === "POST") {
    await readBody(req);
    if (!onboarded) onboardAccount(contextFor(app), account.id);
    if (returnUrl) redirect(res, returnUrl);
    else
      sendPage(
        res,
        200,
        page(
          "设置完成 Setup complete",
          html`<h1>${bilingual("收款账户已设置", "Payout account set up")}</h1>`,
        ),
      );
    return;
  }
  const body = onboarded
    ? html`<p class="card" role="status">${bilingual("此账户已完成设置", "This account is already set up")}</p>
${returnUrl ? html`<a class="button" href="${returnUrl}">返回 <span lang="en">Go back</span></a>` : ""}`
    : html`<section class="card" aria-labelledby="account-heading">
<h2 id="account-heading">${bilingual("账户", "Account")}</h2>
<p>${account.email ?? account.id}</p>
<p class="note">${account.country ?? ""} · ${account.id}</p>
</section>
<form method="post" action="${url.pathname}${url.search}">
<button type="submit">完成收款账户设置 <span lang="en">Complete payout account setup</span></button>
</form>
<p class="note">测试模式不收集任何真实资料。<span lang="en" class="en">Test mode collects no real details.</span></p>`;
  sendPage(
    res,
    200,
    page(
      "收款账户设置 Payout account setup",
      html`<h1>${bilingual("设置收款账户", "Set up your payout account")}</h1>${body}`,
    ),
  );
}

/** Only http(s) targets: the query can be edited, and a `javascript:` URL must never become a link. */
function safeUrl(value: string | null): string | null {
  return value && isHttpUrl(value) ? value : null;
}
