"use server";

import { z } from "zod";
import { publicAction } from "@/lib/actions";
import { signOut } from "@/lib/auth";

export const signOutAction = publicAction(z.object({}), async () => {
  await signOut({ redirectTo: "/signin" });
  return null;
});
