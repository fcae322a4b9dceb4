"use client";

import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { type FormEvent, startTransition, useActionState, useEffect, useRef } from "react";
import type { ActionResult } from "@/lib/actions/result";
import type { FormState } from "./use-error-text";

/**
 * Runs a sign-up action, then signs the new user in with the same email and password and goes on.
 * The form is submitted by hand (not through `action`) so a refused form keeps what was typed.
 */
export function useSignUp(action: (formData: FormData) => Promise<ActionResult>, destination: string) {
  const router = useRouter();
  const [state, dispatch, pending] = useActionState(
    async (_prev: FormState, formData: FormData): Promise<FormState> => {
      const result = await action(formData);
      if (!result.ok) return result;
      const signedIn = await signIn("credentials", {
        email: String(formData.get("email") ?? ""),
        password: String(formData.get("password") ?? ""),
        redirect: false,
      });
      if (!signedIn?.ok || signedIn.error) return { ok: false, error: "sign_in_failed" };
      router.replace(destination);
      router.refresh();
      return result;
    },
    null,
  );
  const formRef = useRef<HTMLFormElement>(null);
  // After a refusal, put the cursor in the first field to fix so nobody hunts for it on a phone.
  useEffect(() => {
    if (state && !state.ok) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [state]);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => dispatch(formData));
  };
  const done = state?.ok === true;
  return { state, onSubmit, formRef, pending: pending || done };
}
