import { z } from "zod";
import { orgSlugField } from "@/lib/actions/core";
import { mappingConfigSchema } from "@/lib/mapping/schema";

/**
 * The mapping form and its server actions parse the same thing: the config itself (duplicate columns
 * refused) plus which organization and which saved version the draft started from.
 * safeExtend keeps the config's duplicate-column refinement.
 */
export const mappingFormSchema = mappingConfigSchema.safeExtend({
  orgSlug: orgSlugField,
  /** The version the admin was editing; 0 when none was saved. A save on top of a newer one is refused. */
  baseVersion: z.number().int().min(0),
});
export type MappingFormInput = z.input<typeof mappingFormSchema>;
export type MappingFormOutput = z.output<typeof mappingFormSchema>;

export const restoreVersionSchema = z.object({
  orgSlug: orgSlugField,
  version: z.coerce.number().int().positive(),
});
