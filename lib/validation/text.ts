import { z } from "zod";

/** A required text field, trimmed; errors are codes the forms translate: required, too_long. */
export const requiredText = (max: number) =>
  z
    .string({ error: "required" })
    .trim()
    .min(1, { error: "required", abort: true })
    .max(max, { error: "too_long" });
