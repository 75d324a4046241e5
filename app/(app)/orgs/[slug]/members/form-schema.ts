import { z } from "zod";
import { orgSlugField } from "@/lib/actions/core";

export const restoreMemberSchema = z.object({
  orgSlug: orgSlugField,
  memberId: z.uuid("This member is not one the app knows."),
});
