/**
 * Each step's state, worked out from what the admin saved and what the last live test found.
 * Pure: the pages, the support list and the submit action all ask these same functions.
 */
import type { Problem } from "../workday/types";
import { CHECKLISTS, isChecklistStep, isuUsername, STEP_NUMBERS, type StepNumber } from "./steps";

export type StepState = "not_started" | "done" | "needs_attention" | "verified";

export const STATE_LABEL: Record<StepState, string> = {
  not_started: "Not started",
  done: "Done",
  needs_attention: "Needs attention",
  verified: "Verified",
};

interface ReportOutcome {
  ok: boolean;
  problems: Problem[];
}

/** The part of `connections.last_test_result` the rules read. */
export type LastTest =
  | { state: "running" }
  | { state: "done"; ok: boolean; finishedAt: string | null; users: ReportOutcome; groups: ReportOutcome | null };

export interface SetupFacts {
  /** setup_steps answers by step number; a step never saved is absent. */
  answers: Partial<Record<StepNumber, Record<string, unknown>>>;
  /** What the connection form has saved (step 7); null before the first save. */
  connection: { usersUrl: string | null; groupsUrl: string | null; username: string | null; passwordSaved: boolean } | null;
  test: LastTest | null;
  submittedAt: Date | null;
}

export interface StepStatus {
  step: StepNumber;
  state: StepState;
  /** Error-severity problems from the last finished test that point at this step. */
  problems: Problem[];
}

/** Reads the jsonb column defensively: an old or half-written value counts as "no test". */
export function readLastTest(value: unknown): LastTest | null {
  if (!value || typeof value !== "object") return null;
  const v = value as Record<string, unknown>;
  if (v.state === "running") return { state: "running" };
  if (v.state !== "done") return null;
  const report = (r: unknown): ReportOutcome | null => {
    if (!r || typeof r !== "object") return null;
    const o = r as Record<string, unknown>;
    return { ok: o.ok === true, problems: Array.isArray(o.problems) ? (o.problems as Problem[]) : [] };
  };
  const users = report(v.users);
  if (!users) return null;
  return {
    state: "done",
    ok: v.ok === true,
    finishedAt: typeof v.finishedAt === "string" ? v.finishedAt : null,
    users,
    groups: report(v.groups),
  };
}

/**
 * Both reports fetched and checked without an error. A test without a group report does not
 * count: the group report is a step of its own (5), and 10KC needs both endpoints.
 */
export function bothReportsPass(test: LastTest | null): boolean {
  return test?.state === "done" && test.users.ok && test.groups !== null && test.groups.ok;
}

/** Whether the saved answers alone complete a step (before any test says otherwise). */
export function answersComplete(step: StepNumber, facts: SetupFacts): boolean {
  const answers = facts.answers[step];
  if (step === 1) return isuUsername(answers) !== "";
  if (isChecklistStep(step)) return CHECKLISTS[step].every((item) => answers?.[item.key] === true);
  if (step === 7) {
    const c = facts.connection;
    return !!(c?.usersUrl && c.groupsUrl && c.username && c.passwordSaved);
  }
  return facts.submittedAt !== null;
}

function problemsFor(step: StepNumber, test: LastTest | null): Problem[] {
  if (test?.state !== "done") return [];
  return [...test.users.problems, ...(test.groups?.problems ?? [])].filter((p) => p.severity === "error" && p.step === step);
}

/**
 * In order of precedence:
 * 1. step 8 is verified once submitted, whatever came after (support has the endpoints);
 * 2. an error from the last finished test pointing at the step → needs attention, even if ticked;
 * 3. steps 4 to 7 are verified when the last test passed for both reports;
 * 4. saved answers that complete the step → done;
 * 5. otherwise not started.
 * A running test has no verdict yet: it neither verifies nor reopens anything.
 */
export function stepStatus(step: StepNumber, facts: SetupFacts): StepStatus {
  if (step === 8 && facts.submittedAt) return { step, state: "verified", problems: [] };
  const problems = problemsFor(step, facts.test);
  if (problems.length > 0) return { step, state: "needs_attention", problems };
  if (step >= 4 && step <= 7 && bothReportsPass(facts.test)) return { step, state: "verified", problems };
  if (answersComplete(step, facts)) return { step, state: "done", problems };
  return { step, state: "not_started", problems };
}

export function allStepStatuses(facts: SetupFacts): StepStatus[] {
  return STEP_NUMBERS.map((step) => stepStatus(step, facts));
}

export const isFinished = (s: StepStatus) => s.state === "done" || s.state === "verified";

/** The step to continue with: the first needing attention, else the first not finished; null when all are. */
export function nextStepToDo(statuses: StepStatus[]): StepNumber | null {
  return (statuses.find((s) => s.state === "needs_attention") ?? statuses.find((s) => !isFinished(s)))?.step ?? null;
}

/** Whether step 8 may submit, and if not, what to do first (the server checks this too). */
export function submitReadiness(facts: SetupFacts): { ready: true } | { ready: false; reason: string } {
  const test = facts.test;
  if (test?.state === "running") return { ready: false, reason: "A test is running. Wait for it to finish." };
  if (test?.state !== "done") return { ready: false, reason: "Test the connection in step 7 first." };
  if (!test.groups) return { ready: false, reason: "Add the group report's JSON URL in step 7 and test again." };
  if (!bothReportsPass(test)) return { ready: false, reason: "Both reports must pass the test in step 7. Fix the steps marked Needs attention, then test again." };
  return { ready: true };
}
