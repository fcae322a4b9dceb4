"use client";

/**
 * Signs out through next-auth's own endpoints (CSRF token, then the sign-out post), without
 * shipping next-auth's client library to every storefront page for this one button.
 */
export async function signOutTo(callbackUrl: string): Promise<void> {
  const { csrfToken } = (await fetch("/api/auth/csrf", { credentials: "same-origin" }).then((response) =>
    response.json(),
  )) as { csrfToken: string };
  await fetch("/api/auth/signout", {
    method: "POST",
    credentials: "same-origin",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrfToken, callbackUrl, json: "true" }),
  });
  window.location.assign(callbackUrl);
}
