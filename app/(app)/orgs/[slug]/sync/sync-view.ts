/**
 * How the sync page words a run: the tabs per change kind, stages, rejection reasons, the held
 * reason and a change's before → after. Pure, so it is tested without a browser and shared by the
 * server page and the client components.
 */
import { PROFILE_FIELDS, type UserFieldKey } from "@/lib/mapping/fields";
import type { SyncChangeAction, SyncCounts, SyncStage } from "@/db/schema/sync";

export interface ChangeTab {
  action: SyncChangeAction;
  /** URL value of ?tab= */
  slug: string;
  label: string;
  countKey: keyof SyncCounts;
  /** Shown when the tab has no change. */
  empty: string;
}

export const CHANGE_TABS: readonly ChangeTab[] = [
  { action: "create", slug: "create", label: "Create", countKey: "create", empty: "No new members: everyone in the report already has a profile." },
  { action: "update", slug: "update", label: "Update", countKey: "update", empty: "No profile changes." },
  { action: "deactivate", slug: "deactivate", label: "Deactivate", countKey: "deactivate", empty: "No member turns inactive." },
  { action: "reactivate", slug: "reactivate", label: "Reactivate", countKey: "reactivate", empty: "No member comes back." },
  { action: "remove", slug: "remove", label: "Remove", countKey: "remove", empty: "No member leaves the report." },
  { action: "reject", slug: "rejected", label: "Rejected", countKey: "rejected", empty: "Every row of the report is usable." },
  { action: "group_create", slug: "groups-added", label: "Groups added", countKey: "groupsCreate", empty: "No new groups." },
  { action: "group_remove", slug: "groups-removed", label: "Groups removed", countKey: "groupsRemove", empty: "No group goes away." },
];

/** The tab named in the URL; else the first with changes (so the page opens on something to review). */
export function pickTab(param: string | undefined, counts: SyncCounts | null): ChangeTab {
  const named = CHANGE_TABS.find((t) => t.slug === param);
  if (named) return named;
  return CHANGE_TABS.find((t) => (counts?.[t.countKey] ?? 0) > 0) ?? CHANGE_TABS[0];
}

export const STAGE_LABEL: Record<SyncStage, string> = {
  fetching_users: "Reading the user report",
  fetching_groups: "Reading the group report",
  cleaning: "Checking rows",
  planning: "Working out the changes",
  applying: "Applying the changes",
  done: "Finished",
};

const REJECT_REASON: Record<string, string> = {
  missing_field: "A required field is empty",
  invalid_email: "The work email is not a valid address",
  invalid_value: "A value is not one the profile accepts",
  duplicate_workday_id: "The same Workday ID is on several rows",
  duplicate_email: "The same email is on rows of different workers",
  email_in_use: "The email belongs to another member",
};

export function rejectReasonWords(code: string | null): string {
  if (!code) return "Rejected";
  return REJECT_REASON[code] ?? code.replace(/_/g, " ");
}

export const HELD_TITLE: Record<string, string> = {
  empty_report: "Held: the user report came back empty",
  partial_report: "Held: the report looks incomplete",
  deletion_threshold: "Held: this sync would remove many members",
};

/** 1200 → "1,200" inside a sentence; years and other short numbers are left alone. */
export function withThousands(text: string): string {
  return text.replace(/\d{4,}/g, (n) => Number(n).toLocaleString("en-US"));
}

/** The held reason as a person reads it: the engine's sentence with grouped numbers. */
export function heldReasonWords(code: string | null, reason: string | null): { title: string; reason: string } {
  return {
    title: (code && HELD_TITLE[code]) || "Held for review",
    reason: withThousands(reason ?? "A safeguard held this plan for review."),
  };
}

const FIELD_LABEL = new Map<string, string>(PROFILE_FIELDS.map((f) => [f.key, f.label]));

export function fieldLabelOf(key: string): string {
  return FIELD_LABEL.get(key) ?? key;
}

/** A stored profile value as text: empty is "(empty)", groups are joined. */
export function valueText(value: unknown): string {
  if (value === null || value === undefined || value === "") return "(empty)";
  if (Array.isArray(value)) return value.length ? value.join(", ") : "(none)";
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

export interface FieldDiff {
  key: string;
  label: string;
  before: string;
  after: string;
}

/**
 * The fields a change touches, each with before and after. `fields` names them when the engine
 * recorded it; otherwise every key whose value differs.
 */
export function fieldDiffs(
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
  fields: readonly string[] | null,
): FieldDiff[] {
  const keys =
    fields && fields.length
      ? [...fields]
      : [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])].filter(
          (k) => JSON.stringify(before?.[k] ?? null) !== JSON.stringify(after?.[k] ?? null),
        );
  const order = (k: string) => {
    const i = PROFILE_FIELDS.findIndex((f) => f.key === (k as UserFieldKey));
    return i < 0 ? PROFILE_FIELDS.length : i;
  };
  return keys
    .sort((a, b) => order(a) - order(b))
    .map((key) => ({ key, label: fieldLabelOf(key), before: valueText(before?.[key]), after: valueText(after?.[key]) }));
}

/** "1 member" / "2 members" with grouped digits. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;
}

export interface SummaryItem {
  key: string;
  label: string;
  value: number;
  tab?: string;
}

/** The summary tiles: each change kind, then groups, memberships and manager links. */
export function summaryItems(counts: SyncCounts, managerLinks: number | null): SummaryItem[] {
  const items: SummaryItem[] = CHANGE_TABS.map((t) => ({ key: t.countKey, label: t.label, value: counts[t.countKey], tab: t.slug }));
  items.push({ key: "membershipsAdd", label: "Memberships added", value: counts.membershipsAdd });
  items.push({ key: "membershipsRemove", label: "Memberships removed", value: counts.membershipsRemove });
  if (managerLinks !== null) items.push({ key: "managerLinks", label: "Manager changes", value: managerLinks });
  return items;
}

/** Page numbers clamp to what exists, so a stale ?page=99 shows the last page rather than nothing. */
export function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

export function parsePage(param: string | undefined): number {
  const n = Number(param);
  return Number.isInteger(n) && n > 0 ? n : 1;
}

/** A running preview whose row has not moved for this long is taken to have died with its process. */
export const RUNNING_FRESH_MS = 2 * 60_000;

export function isStalled(run: { status: string; updatedAt: Date }, now = Date.now()): boolean {
  return run.status === "running" && now - run.updatedAt.getTime() >= RUNNING_FRESH_MS;
}

const COUNT_WORDS: [keyof SyncCounts, string][] = [
  ["create", "created"],
  ["update", "updated"],
  ["deactivate", "deactivated"],
  ["reactivate", "reactivated"],
  ["remove", "removed"],
  ["rejected", "rejected"],
];

/** A run's member counts in a line, only the kinds that happened: "115 created, 2 rejected". */
export function countsWords(counts: SyncCounts | null): string {
  if (!counts) return "no plan";
  const parts = COUNT_WORDS.filter(([k]) => counts[k] > 0).map(([k, w]) => `${counts[k].toLocaleString("en-US")} ${w}`);
  return parts.length ? parts.join(", ") : "no member changes";
}
