"use server";

import { AuthError } from "next-auth";
import { z } from "zod";
import { publicAction, ActionError } from "@/lib/actions";
import { signIn } from "@/lib/auth";
import { signInSchema } from "@/lib/auth/sign-in";

const signInFormSchema = signInSchema.extend({ next: z.string().optional() });

export const signInAction = publicAction(signInFormSchema, async ({ email, password, next }) => {
  // Only same-site paths: an open redirect after sign-in would hand the session page to anyone's link.
  const redirectTo = next && next.startsWith("/") && !next.startsWith("//") ? next : "/";
  try {
    await signIn("credentials", { email, password, redirectTo });
  } catch (e) {
    if (e instanceof AuthError) {
      if ((e as AuthError & { code?: string }).code === "rate_limited") {
        throw new ActionError("Too many sign-in attempts. Wait 15 minutes, then try again.", "rate_limited");
      }
      throw new ActionError("That email and password do not match an account.", "invalid_credentials");
    }
    throw e;
  }
  return null;
});
