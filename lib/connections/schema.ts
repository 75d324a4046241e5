import { z } from "zod";
import { orgSlugField } from "@/lib/actions/core";

/** Shared by the connection form and its server action. An empty password keeps the saved one. */
export const connectionFormSchema = z.object({
  orgSlug: orgSlugField,
  usersUrl: z.string().trim().min(1, "Paste the user report's JSON URL (step 7)"),
  groupsUrl: z.string().trim().optional().default(""),
  username: z.string().min(1, "Enter the Integration System User's name (step 1)").max(200),
  password: z.string().max(500).optional().default(""),
});
export type ConnectionFormInput = z.input<typeof connectionFormSchema>;
