// What a throttled sign-in tells the browser, shared by the server (which writes it into next-auth's
// error code, the only field next-auth's client passes on) and the sign-in form (which reads it).

/** The error code of a throttled sign-in; with the wait it reads `throttled:30`. */
export const SIGN_IN_THROTTLED = "throttled";

export const throttledSignInError = (retryAfterSeconds: number) =>
  `${SIGN_IN_THROTTLED}:${retryAfterSeconds}`;

/** The wait in seconds when `error` is a throttled sign-in (60 when it does not say), else null. */
export function throttledSignInSeconds(error: string | null | undefined): number | null {
  const match = /^throttled(?::(\d{1,6}))?$/.exec(error ?? "");
  return match ? Number(match[1] ?? 60) : null;
}
