// Account hygiene: new passwords must not be common ones, and a password change ends every session
// but gives the browser that made it a fresh one.
import { describe, expect, it } from "vitest";
import { changePassword } from "@/lib/accounts/change-password";
import { isCommonPassword } from "@/lib/accounts/password-rules";
import { signUpBuyer } from "@/lib/accounts/sign-up-buyer";
import { verifyPassword } from "@/lib/auth/password";
import { db } from "@/lib/db/client";
import { createUser, TEST_PASSWORD, unique } from "../support/factories";
import { signInToken, userIdFor } from "../support/sessions";

const NEW_PASSWORD = "turquoise river tea";

describe("password rules", () => {
  it("knows the common passwords of leaked lists, in any case, and passwords of few characters", () => {
    for (const password of ["password1", "12345678", "Qwertyuiop", "iloveyou", "aaaaaaaa", "abababab"])
      expect(isCommonPassword(password), password).toBe(true);
    for (const password of [TEST_PASSWORD, NEW_PASSWORD, "下营村的绿松石手镯"])
      expect(isCommonPassword(password), password).toBe(false);
  });

  it("sign-up refuses a common password and one made of the email, and writes nothing", async () => {
    const email = `${unique("newbuyer")}@example.test`;
    const common = await signUpBuyer({ name: "王", email, password: "password123" });
    expect(common).toMatchObject({ ok: false, fieldErrors: { password: ["password_common"] } });
    const local = email.split("@")[0];
    const likeEmail = await signUpBuyer({ name: "王", email, password: `${local}!` });
    expect(likeEmail).toMatchObject({ ok: false, fieldErrors: { password: ["password_like_account"] } });
    expect(await db.user.count({ where: { email } })).toBe(0);
    expect(await signUpBuyer({ name: "王", email, password: NEW_PASSWORD })).toMatchObject({ ok: true });
  });
});

describe("changing the password", () => {
  it("needs the current password and a good new one", async () => {
    const user = await createUser("SELLER");
    const attempt = (currentPassword: string, newPassword: string) =>
      changePassword(user.id, { currentPassword, newPassword });
    expect(await attempt("wrong current", NEW_PASSWORD)).toMatchObject({
      fieldErrors: { currentPassword: ["current_password_wrong"] },
    });
    expect(await attempt(TEST_PASSWORD, "qwerty123")).toMatchObject({
      fieldErrors: { newPassword: ["password_common"] },
    });
    expect(await attempt(TEST_PASSWORD, TEST_PASSWORD)).toMatchObject({
      fieldErrors: { newPassword: ["password_unchanged"] },
    });
    expect(await attempt(TEST_PASSWORD, "short")).toMatchObject({
      fieldErrors: { newPassword: ["password_too_short"] },
    });
    const stored = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword(stored.passwordHash, TEST_PASSWORD)).toBe(true);
  });

  it("sets the new password, ends every session, and returns the version for the caller's new cookie", async () => {
    const user = await createUser("BUYER");
    const phone = await signInToken(user.email, TEST_PASSWORD, "192.0.2.31");
    const laptop = await signInToken(user.email, TEST_PASSWORD, "192.0.2.32");
    const result = await changePassword(user.id, {
      currentPassword: TEST_PASSWORD,
      newPassword: NEW_PASSWORD,
    });
    if (!result.ok) throw new Error(result.error);
    expect(await userIdFor(phone)).toBeNull();
    expect(await userIdFor(laptop)).toBeNull();
    // A token at the returned version (what renewSessionCookie writes) is accepted.
    expect(
      await userIdFor({ ...phone, sv: result.data.sessionVersion, seenAt: Math.floor(Date.now() / 1000) }),
    ).toBe(user.id);
    const stored = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword(stored.passwordHash, NEW_PASSWORD)).toBe(true);
    expect(await db.securityEvent.count({ where: { userId: user.id, kind: "PASSWORD_CHANGED" } })).toBe(1);
  });

  it("is throttled: the sixth try in 15 minutes is refused before the password is checked", async () => {
    const user = await createUser("ADMIN");
    for (let i = 0; i < 5; i++) {
      expect(
        await changePassword(user.id, { currentPassword: `guess ${i}`, newPassword: NEW_PASSWORD }),
      ).toMatchObject({
        fieldErrors: { currentPassword: ["current_password_wrong"] },
      });
    }
    expect(
      await changePassword(user.id, { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD }),
    ).toMatchObject({ ok: false, error: "throttled" });
  });

  it("is refused to the signed-out, and a bad body is invalid input", async () => {
    expect(await changePassword(null, { currentPassword: "x", newPassword: NEW_PASSWORD })).toMatchObject({
      ok: false,
      error: "not_signed_in",
    });
    const user = await createUser("BUYER");
    expect(await changePassword(user.id, { currentPassword: ["x"], newPassword: 5 })).toMatchObject({
      ok: false,
      error: "invalid_input",
    });
  });
});
