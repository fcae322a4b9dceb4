"use server";

import { refresh } from "next/cache";
import { cookies } from "next/headers";
import { z } from "zod";
import { LOCALE_COOKIE, locales } from "./locales";

const localeSchema = z.object({ locale: z.enum(locales) });

/** The language switch: anyone may call it; it only sets the visitor's own cookie. */
export async function setLocale(formData: FormData) {
  const parsed = localeSchema.safeParse({ locale: formData.get("locale") });
  if (!parsed.success) return;
  (await cookies()).set(LOCALE_COOKIE, parsed.data.locale, {
    path: "/",
    maxAge: 365 * 24 * 60 * 60,
    sameSite: "lax",
  });
  // Pages with the language in their URL are not touched; the per-user pages re-render.
  refresh();
}
