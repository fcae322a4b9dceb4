"use client";

import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { type FormEvent, useState } from "react";
import { EMAIL_MAX, PASSWORD_MAX } from "@/lib/accounts/limits";
import { throttledSignInSeconds } from "@/lib/auth/sign-in-errors";
import { Field } from "./field";
import { FormAlert } from "./form-alert";
import { SubmitButton } from "./submit-button";

/**
 * Email and password through next-auth's credentials provider, without its redirect: on success we
 * go to the (already checked, same-site) callback path, else to the home page of the user's role.
 */
export function SignInForm({
  callbackPath,
  homeForCurrentUser,
}: {
  callbackPath: string | null;
  homeForCurrentUser: () => Promise<string>;
}) {
  const t = useTranslations("auth.signIn");
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<"failed" | "unavailable" | { waitSeconds: number } | null>(null);

  // A wait under two minutes in seconds, longer ones in whole minutes (rounded up).
  function errorText(shown: NonNullable<typeof error>): string {
    if (typeof shown === "string") return t(shown);
    const seconds = shown.waitSeconds;
    return seconds < 120
      ? t("throttledSeconds", { seconds })
      : t("throttledMinutes", { minutes: Math.ceil(seconds / 60) });
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    try {
      const result = await signIn("credentials", {
        email: String(form.get("email") ?? ""),
        password: String(form.get("password") ?? ""),
        redirect: false,
      });
      if (!result?.ok || result.error) {
        const waitSeconds = throttledSignInSeconds(result?.error);
        setError(
          result?.error === "CredentialsSignin" ? "failed" : waitSeconds ? { waitSeconds } : "unavailable",
        );
        setPending(false);
        return;
      }
      router.replace(callbackPath ?? (await homeForCurrentUser()));
      router.refresh();
    } catch {
      setError("unavailable");
      setPending(false);
    }
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4">
      <Field
        name="email"
        label={t("email")}
        type="email"
        autoComplete="email"
        inputMode="email"
        maxLength={EMAIL_MAX}
        required
      />
      <Field
        name="password"
        label={t("password")}
        type="password"
        autoComplete="current-password"
        maxLength={PASSWORD_MAX}
        required
      />
      <FormAlert message={error ? errorText(error) : null} />
      <SubmitButton pending={pending} label={t("submit")} pendingLabel={t("submitting")} />
    </form>
  );
}
