import "server-only";
import { fail } from "@/lib/actions/result";

export const EMAIL_TAKEN = fail("invalid_input", { email: ["email_taken"] });
