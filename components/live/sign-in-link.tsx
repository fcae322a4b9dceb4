"use client";

/** Sign in and come back to this show (the page the visitor is on). */
export function SignInLink({ label }: { label: string }) {
  return (
    <a
      href="/signin"
      onClick={(event) => {
        event.currentTarget.href = `/signin?callbackUrl=${encodeURIComponent(window.location.pathname)}`;
      }}
      className="font-semibold text-turquoise-700 underline underline-offset-4"
    >
      {label}
    </a>
  );
}
