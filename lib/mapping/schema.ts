/**
 * The mapping the admin saves, validated the same way by the form and the server action.
 * Forms send "" for "no column", so a blank column name is read as null.
 */
import { z } from "zod";
import { fieldLabel, ROLE_SEGMENTS, STATUSES, USER_FIELD_KEYS, type UserFieldKey } from "./fields";
import type { MappingConfig } from "./types";

const columnName = z
  .string()
  .trim()
  .max(255)
  .nullable()
  .transform((s) => (s === null || s === "" ? null : s));

export const mappingConfigSchema = z
  .object({
    columns: z.partialRecord(z.enum(USER_FIELD_KEYS), columnName),
    groupNameColumn: columnName.optional(),
    roleMap: z.record(z.string(), z.enum(ROLE_SEGMENTS).nullable()),
    statusMap: z.record(z.string(), z.enum(STATUSES)),
  })
  .superRefine((config, ctx) => {
    // One column feeding two fields is almost always a slip of the select; say which fields collide.
    const seen = new Map<string, UserFieldKey>();
    for (const key of USER_FIELD_KEYS) {
      const column = config.columns[key];
      if (!column) continue;
      const other = seen.get(column);
      if (other !== undefined) {
        const taken = fieldLabel(other);
        const message = `Column "${column}" already feeds ${taken}; pick another column, or set ${taken} to no column first.`;
        ctx.addIssue({ code: "custom", path: ["columns", key], message });
      } else seen.set(column, key);
    }
  });

export type MappingConfigInput = z.input<typeof mappingConfigSchema>;

// Compile-time check that the schema's output is the MappingConfig the cleaners take.
const _outputIsMappingConfig = (v: z.output<typeof mappingConfigSchema>): MappingConfig => v;
void _outputIsMappingConfig;
