/**
 * The eight setup steps an admin performs in Workday, and what each step saves. Pure data and
 * rules: no Next.js, no React, no database, so pages, actions and tests share one definition.
 */
import { z } from "zod";

export const STEP_NUMBERS = [1, 2, 3, 4, 5, 6, 7, 8] as const;
export type StepNumber = (typeof STEP_NUMBERS)[number];

export interface StepInfo {
  step: StepNumber;
  /** Shown in the step list and as the page heading. */
  title: string;
}

export const SETUP_STEPS: readonly StepInfo[] = [
  { step: 1, title: "Create the Integration System User" },
  { step: 2, title: "Create the security group" },
  { step: 3, title: "Grant the domain security policies" },
  { step: 4, title: "Build the user report" },
  { step: 5, title: "Build the group report" },
  { step: 6, title: "Share both reports with the ISU" },
  { step: 7, title: "Enter the endpoints and test" },
  { step: 8, title: "Submit to 10KC" },
];

export function stepInfo(step: StepNumber): StepInfo {
  return SETUP_STEPS[step - 1];
}

/** "3" → 3; anything else (0, 9, "abc", "3.5") → null, so a bad deep link is a 404, not a crash. */
export function parseStepNumber(value: string | undefined): StepNumber | null {
  if (!value || !/^[1-8]$/.test(value)) return null;
  return Number(value) as StepNumber;
}

/** Workday's names, exactly as on Maintain Domain Permissions for Security Group. */
export const DOMAIN_POLICIES = [
  { key: "workContactInformation", label: "Person Data: Work Contact Information" },
  { key: "workdayAccounts", label: "Workday Accounts" },
  { key: "activeAndTerminatedWorkers", label: "Worker Data: Active and Terminated Workers" },
  { key: "allPositions", label: "Worker Data: All Positions" },
  { key: "businessTitle", label: "Worker Data: Business Title on Worker Profile" },
  { key: "currentStaffing", label: "Worker Data: Current Staffing Information" },
  { key: "publicWorkerReports", label: "Worker Data: Public Worker Reports" },
  { key: "workers", label: "Worker Data: Workers" },
] as const;

export interface CheckItem {
  key: string;
  label: string;
}

/** The ticks each checklist step (2 to 6) saves. Step 3 is complete only with every one ticked. */
export const CHECKLISTS: Record<2 | 3 | 4 | 5 | 6, readonly CheckItem[]> = {
  2: [{ key: "groupCreated", label: "I created the security group as Integration System Security Group (Unconstrained) and added the ISU to it." }],
  3: [
    ...DOMAIN_POLICIES.map((p) => ({ key: p.key, label: p.label })),
    { key: "activated", label: "I ran Activate Pending Security Policy Changes and ticked Confirm." },
  ],
  4: [{ key: "reportBuilt", label: "The user report is Advanced, has Enable as Web Service ticked, and holds the fields in the table above." }],
  5: [{ key: "reportBuilt", label: "The group report is enabled as a web service and has a group_name column." }],
  6: [{ key: "shared", label: "I added the ISU on the Share tab of both reports." }],
};

export type ChecklistStep = keyof typeof CHECKLISTS;
export const CHECKLIST_STEPS = [2, 3, 4, 5, 6] as const satisfies readonly ChecklistStep[];

export function isChecklistStep(step: number): step is ChecklistStep {
  return (CHECKLIST_STEPS as readonly number[]).includes(step);
}

/** Shared by the ISU form (step 1) and its server action. */
export const isuAnswersSchema = z.object({
  orgSlug: z.string().min(1, "Organization is missing"),
  username: z.string().trim().min(1, "Enter the ISU's username exactly as created in Workday").max(200, "That is longer than a Workday username"),
});

/** Shared by the checklist forms (steps 2 to 6) and their server action; unknown keys are dropped on save. */
export const checklistAnswersSchema = z.object({
  orgSlug: z.string().min(1, "Organization is missing"),
  step: z.coerce.number().int().refine(isChecklistStep, "Only steps 2 to 6 are checklists"),
  checks: z.record(z.string(), z.boolean()).default({}),
});

/** Keeps only the step's own items, so what is stored is exactly what the page can show. */
export function checklistAnswers(step: ChecklistStep, checks: Record<string, boolean>): Record<string, boolean> {
  return Object.fromEntries(CHECKLISTS[step].map((item) => [item.key, checks[item.key] === true]));
}

export function ticked(step: ChecklistStep, answers: Record<string, unknown> | undefined): number {
  return CHECKLISTS[step].filter((item) => answers?.[item.key] === true).length;
}

export function isuUsername(answers: Record<string, unknown> | undefined): string {
  const value = answers?.username;
  return typeof value === "string" ? value.trim() : "";
}
