import type { BrowserContext, Page } from "@playwright/test";

export const DEMO_PASSWORD = "xiaying2026";
export const demoAccounts = {
  buyer: "buyer@xiaying.test",
  buyer2: "buyer2@xiaying.test",
  guo: "guo@xiaying.test",
  wang: "wang@xiaying.test",
  pending: "pending@xiaying.test",
  admin: "admin@xiaying.test",
} as const;

/** Fixes the interface language so assertions on text are stable. */
export async function useEnglish(context: BrowserContext, baseURL: string) {
  await context.addCookies([{ name: "NEXT_LOCALE", value: "en", url: baseURL }]);
}

/** Signs in through the sign-in form, the way a person does. */
export async function signIn(page: Page, email: string, callbackUrl = "/") {
  await page.goto(`/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`);
  await page.getByLabel(/email|邮箱/i).fill(email);
  await page.getByLabel(/password|密码/i).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: /sign in|登录/i }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/signin"));
}
