// Looks at the app the way people do: every main page, per role, on a phone and a desktop.
// Usage: BASE_URL=http://localhost:3000 npx tsx scripts/screenshots.ts [outDir]
import { mkdirSync } from "node:fs";
import { chromium } from "@playwright/test";

const baseURL = process.env.BASE_URL ?? "http://localhost:3000";
const outDir = process.argv[2] ?? "/tmp/shots/all";
const locale = process.env.SHOT_LOCALE ?? "zh-CN";
const sizes = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 800 } };
const pages: Record<string, { account?: string; paths: string[] }> = {
  visitor: { paths: ["/", "/c/turquoise", "/s/guo-mingfeng-turquoise", "/signin", "/signup"] },
  buyer: { account: "buyer@xiaying.test", paths: ["/cart", "/checkout", "/orders"] },
  seller: {
    account: "guo@xiaying.test",
    paths: ["/seller", "/seller/products", "/seller/products/new", "/seller/orders"],
  },
  admin: { account: "admin@xiaying.test", paths: ["/admin", "/admin/shops"] },
};

async function main() {
  mkdirSync(outDir, { recursive: true });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
  for (const [role, { account, paths }] of Object.entries(pages)) {
    for (const [sizeName, viewport] of Object.entries(sizes)) {
      const context = await browser.newContext({ viewport, baseURL, deviceScaleFactor: 1 });
      await context.addCookies([{ name: "NEXT_LOCALE", value: locale, url: baseURL }]);
      const page = await context.newPage();
      if (account) {
        await page.goto("/signin");
        await page.getByLabel(/email|邮箱/i).fill(account);
        await page.getByLabel(/password|密码/i).fill("xiaying2026");
        await page.getByRole("button", { name: /sign in|登录/i }).click();
        await page.waitForURL((url) => !url.pathname.startsWith("/signin"));
      }
      for (const path of paths) {
        await page.goto(path);
        const name = `${role}${path.replaceAll("/", "_") || "_home"}-${sizeName}.png`;
        await page.screenshot({ path: `${outDir}/${name}`, fullPage: true });
        console.log(`${outDir}/${name}`);
      }
      await context.close();
    }
  }
  await browser.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
