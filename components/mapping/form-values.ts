import type { MappingFormInput } from "@/app/(app)/orgs/[slug]/mapping/form-schema";
import { USER_FIELD_KEYS, type MappingConfig, type UserFieldKey } from "@/lib/mapping";

/** A config as the form holds it: selects hold "" for "no column", which the schema reads back as null. */
export function mappingFormValues(orgSlug: string, baseVersion: number, config: MappingConfig): MappingFormInput {
  const columns = {} as Record<UserFieldKey, string>;
  for (const key of USER_FIELD_KEYS) columns[key] = config.columns[key] ?? "";
  return {
    orgSlug,
    baseVersion,
    columns,
    groupNameColumn: config.groupNameColumn ?? "",
    roleMap: config.roleMap,
    statusMap: config.statusMap,
  };
}

export function percent(share: number): string {
  if (share > 0 && share < 0.01) return "<1%";
  return `${Math.round(share * 100)}%`;
}

export const count = (n: number) => n.toLocaleString("en-US");
