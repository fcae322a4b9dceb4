"use client";

import { useTranslations } from "next-intl";
import {
  HOUSEHOLD_CODE_MAX,
  NAME_MAX,
  PHONE_MAX,
  SHOP_NAME_EN_MAX,
  SHOP_NAME_ZH_MAX,
  SHOP_STORY_MAX,
} from "@/lib/accounts/limits";
import type { ActionResult } from "@/lib/actions/result";
import { Field } from "./field";
import { FormAlert } from "./form-alert";
import { SignInDetailFields } from "./sign-in-detail-fields";
import { SubmitButton } from "./submit-button";
import { useErrorText } from "./use-error-text";
import { useSignUp } from "./use-sign-up";

function Group({ legend, children }: { legend: string; children: React.ReactNode }) {
  return (
    <fieldset className="space-y-4 rounded-2xl border border-earth-100 p-4 sm:p-5">
      <legend className="px-1 text-lg font-bold">{legend}</legend>
      {children}
    </fieldset>
  );
}

/** The villager and their shop in one form; the shop waits for the village office's approval. */
export function SellerSignUpForm({ action }: { action: (formData: FormData) => Promise<ActionResult> }) {
  const t = useTranslations("auth.signUp");
  const { state, onSubmit, formRef, pending } = useSignUp(action, "/seller");
  const e = useErrorText(state);
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="space-y-5">
      <Group legend={t("aboutYou")}>
        <Field
          name="name"
          label={t("name")}
          autoComplete="name"
          maxLength={NAME_MAX}
          required
          error={e.field("name")}
        />
        <Field
          name="phone"
          label={t("phone")}
          type="tel"
          inputMode="tel"
          autoComplete="tel"
          maxLength={PHONE_MAX}
          required
          hint={t("phoneHint")}
          error={e.field("phone")}
        />
        <Field
          name="householdCode"
          label={t("householdCode")}
          maxLength={HOUSEHOLD_CODE_MAX}
          required
          placeholder="XY-012"
          hint={t("householdCodeHint")}
          error={e.field("householdCode")}
        />
        <SignInDetailFields fieldError={e.field} />
      </Group>
      <Group legend={t("aboutShop")}>
        <Field
          name="shopNameZh"
          label={t("shopNameZh")}
          maxLength={SHOP_NAME_ZH_MAX}
          required
          error={e.field("shopNameZh")}
        />
        <Field
          name="shopNameEn"
          label={t("shopNameEn")}
          maxLength={SHOP_NAME_EN_MAX}
          error={e.field("shopNameEn")}
        />
        <Field
          name="story"
          label={t("story")}
          multiline
          maxLength={SHOP_STORY_MAX}
          hint={t("storyHint", { max: SHOP_STORY_MAX })}
          error={e.field("story")}
        />
      </Group>
      <p className="rounded-xl bg-amber-50 px-4 py-3 text-earth-900 ring-1 ring-amber-200">
        {t("pendingNote")}
      </p>
      <FormAlert message={e.form} />
      <SubmitButton pending={pending} label={t("submitSeller")} pendingLabel={t("submitting")} />
    </form>
  );
}
