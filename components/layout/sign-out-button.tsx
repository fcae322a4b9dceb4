"use client";

import { signOut } from "next-auth/react";

export function SignOutButton({ label }: { label: string }) {
  return (
    <button
      type="button"
      onClick={() => signOut({ callbackUrl: "/" })}
      className="rounded-full px-3 py-1.5 text-sm font-medium hover:bg-turquoise-100"
    >
      {label}
    </button>
  );
}
