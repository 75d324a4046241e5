/**
 * From stored rows to the facts the step-state rules read, and a one-line progress summary for
 * support. Kept apart from the rules so the rules' tests never build database rows.
 */
import { readLastTest, allStepStatuses, isFinished, nextStepToDo, type SetupFacts, type StepStatus } from "./step-state";
import { STEP_NUMBERS, type StepNumber } from "./steps";

export interface StoredStep {
  step: number;
  answers: Record<string, unknown>;
  updatedAt: Date;
  updatedByEmail: string | null;
}

export interface StoredConnection {
  usersUrl: string | null;
  groupsUrl: string | null;
  username: string | null;
  passwordSaved: boolean;
  lastTestResult: unknown;
  submittedAt: Date | null;
}

export function setupFacts(steps: StoredStep[], connection: StoredConnection | null): SetupFacts {
  const answers: SetupFacts["answers"] = {};
  for (const row of steps) {
    if ((STEP_NUMBERS as readonly number[]).includes(row.step)) answers[row.step as StepNumber] = row.answers;
  }
  return {
    answers,
    connection: connection && {
      usersUrl: connection.usersUrl,
      groupsUrl: connection.groupsUrl,
      username: connection.username,
      passwordSaved: connection.passwordSaved,
    },
    test: readLastTest(connection?.lastTestResult),
    submittedAt: connection?.submittedAt ?? null,
  };
}

export interface SetupProgress {
  statuses: StepStatus[];
  /** Steps done or verified, out of 8. */
  finished: number;
  /** Where the admin should continue; null once everything is finished. */
  next: StepNumber | null;
  /** The last saved answer, with who saved it. */
  lastChange: { at: Date; by: string | null } | null;
}

export function setupProgress(steps: StoredStep[], facts: SetupFacts): SetupProgress {
  const statuses = allStepStatuses(facts);
  const latest = steps.reduce<StoredStep | null>((a, b) => (!a || b.updatedAt > a.updatedAt ? b : a), null);
  return {
    statuses,
    finished: statuses.filter(isFinished).length,
    next: nextStepToDo(statuses),
    lastChange: latest && { at: latest.updatedAt, by: latest.updatedByEmail },
  };
}
