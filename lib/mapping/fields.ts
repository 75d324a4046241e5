/** The 10KC profile fields a Workday report feeds, keyed as everywhere in the app, the CLI and the database. */
export const USER_FIELD_KEYS = [
  "workdayId",
  "email",
  "firstName",
  "lastName",
  "managementLevel",
  "jobTitle",
  "businessUnit",
  "jobFunction",
  "peopleManager",
  "managerEmail",
  "location",
  "locale",
  "status",
  "groups",
] as const;
export type UserFieldKey = (typeof USER_FIELD_KEYS)[number];
export const GROUP_FIELD_KEYS = ["groupName"] as const;
export type GroupFieldKey = (typeof GROUP_FIELD_KEYS)[number];

export type FieldTier = "identity" | "required" | "recommended" | "optional";

export interface ProfileField {
  key: UserFieldKey;
  label: string;
  tier: FieldTier;
  /** Column names suggested to the admin when building the Workday report (step 4). */
  suggestedColumn: string;
  allowedValues?: readonly string[];
  note?: string;
}

export const ROLE_SEGMENTS = [
  "Student",
  "Intern",
  "Analyst",
  "Associate",
  "Individual Contributor",
  "Manager",
  "Sr. Manager",
  "Director",
  "Sr. Director",
  "VP",
  "SVP",
  "Executive",
] as const;
export type RoleSegment = (typeof ROLE_SEGMENTS)[number];

export const LOCALES = ["en-US", "fr-CA", "es-ES", "ko", "ja"] as const;
export type Locale = (typeof LOCALES)[number];
export const STATUSES = ["active", "inactive"] as const;
export type MemberStatus = (typeof STATUSES)[number];
export const YES_NO = ["yes", "no"] as const;

export const PROFILE_FIELDS: readonly ProfileField[] = [
  { key: "workdayId", label: "Workday ID", tier: "identity", suggestedColumn: "employee_id", note: "The stable key: an email change stays the same member." },
  { key: "email", label: "Work email", tier: "identity", suggestedColumn: "primary_work_email", note: "Lower-cased and trimmed; unique in the organization." },
  { key: "firstName", label: "First name", tier: "required", suggestedColumn: "first_name" },
  { key: "lastName", label: "Last name", tier: "required", suggestedColumn: "last_name" },
  { key: "managementLevel", label: "Management level", tier: "required", suggestedColumn: "management_level", allowedValues: ROLE_SEGMENTS, note: "Maps to the Role segment; you confirm a value map." },
  { key: "jobTitle", label: "Job title", tier: "recommended", suggestedColumn: "job_title" },
  { key: "businessUnit", label: "Business unit", tier: "recommended", suggestedColumn: "business_unit" },
  { key: "jobFunction", label: "Job function", tier: "recommended", suggestedColumn: "job_function" },
  { key: "peopleManager", label: "People manager status", tier: "recommended", suggestedColumn: "is_people_manager", allowedValues: YES_NO },
  { key: "managerEmail", label: "Manager email", tier: "recommended", suggestedColumn: "manager_email", note: "Resolved to another member where possible." },
  { key: "location", label: "City, country or office", tier: "optional", suggestedColumn: "location" },
  { key: "locale", label: "Locale", tier: "optional", suggestedColumn: "locale", allowedValues: LOCALES },
  { key: "status", label: "Status", tier: "optional", suggestedColumn: "status", allowedValues: STATUSES, note: "Missing column: everyone in the report is active." },
  { key: "groups", label: "Group name", tier: "optional", suggestedColumn: "group_name", note: "Several groups may be joined by \"; \"." },
];

/** Fields a user report cannot do without: a missing column is the `missing_required_fields` problem. */
export const REQUIRED_USER_FIELDS: readonly UserFieldKey[] = PROFILE_FIELDS.filter(
  (f) => f.tier === "identity" || f.tier === "required",
).map((f) => f.key);
export const RECOMMENDED_USER_FIELDS: readonly UserFieldKey[] = PROFILE_FIELDS.filter((f) => f.tier === "recommended").map((f) => f.key);

export function fieldLabel(key: UserFieldKey | GroupFieldKey): string {
  if (key === "groupName") return "Group name";
  return PROFILE_FIELDS.find((f) => f.key === key)!.label;
}
