import type { Metadata } from "next";
import "./globals.css";

export const metadata: Metadata = { title: "页面不存在 · Page not found", robots: { index: false } };

/**
 * A URL no route knows (outside the storefront, whose own 404 page speaks the URL's language).
 * It has no language of its own to go by, so it says it in both.
 */
export default function GlobalNotFound() {
  return (
    <html lang="zh-CN">
      <body className="min-h-screen">
        <main className="mx-auto max-w-xl px-4 py-16 text-center">
          <h1 className="text-2xl font-bold">页面不存在</h1>
          <p lang="en" className="mt-1 text-xl font-semibold">
            Page not found
          </p>
          <p className="mt-6 flex justify-center gap-3">
            <a href="/zh-CN" className="rounded-full bg-turquoise-700 px-6 py-3 font-semibold text-white">
              回到集市
            </a>
            <a
              href="/en"
              lang="en"
              className="rounded-full bg-white px-6 py-3 font-semibold text-turquoise-700 ring-1 ring-earth-100"
            >
              Back to the market
            </a>
          </p>
        </main>
      </body>
    </html>
  );
}
