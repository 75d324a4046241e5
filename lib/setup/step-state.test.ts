import { describe, expect, it } from "vitest";
import type { Problem } from "../workday/types";
import {
  allStepStatuses,
  nextStepToDo,
  readLastTest,
  stepStatus,
  submitReadiness,
  type LastTest,
  type SetupFacts,
  type StepState,
} from "./step-state";
import { CHECKLISTS, checklistAnswers, parseStepNumber, type StepNumber } from "./steps";

const allTicked = (step: 2 | 3 | 4 | 5 | 6) => Object.fromEntries(CHECKLISTS[step].map((i) => [i.key, true]));
const problem = (step: Problem["step"], severity: Problem["severity"] = "error", code: Problem["code"] = "auth_failed"): Problem => ({
  code,
  severity,
  step,
  message: "words",
});
const report = (ok: boolean, problems: Problem[] = []) => ({ ok, problems });
const passed: LastTest = { state: "done", ok: true, finishedAt: "2025-01-01T00:00:00Z", users: report(true), groups: report(true) };
const failed = (...problems: Problem[]): LastTest => ({ state: "done", ok: false, finishedAt: null, users: report(false, problems), groups: report(false, problems) });

const blank: SetupFacts = { answers: {}, connection: null, test: null, submittedAt: null };
const savedConnection = { usersUrl: "https://x/u", groupsUrl: "https://x/g", username: "ISU", passwordSaved: true };
const everythingTicked: SetupFacts = {
  ...blank,
  answers: { 1: { username: "ISU_10KC" }, 2: allTicked(2), 3: allTicked(3), 4: allTicked(4), 5: allTicked(5), 6: allTicked(6) },
  connection: savedConnection,
};
const states = (facts: SetupFacts) => allStepStatuses(facts).map((s) => s.state);
const [NS, D, NA, V]: StepState[] = ["not_started", "done", "needs_attention", "verified"];

describe("step states", () => {
  it.each<[string, SetupFacts, StepState[]]>([
    ["nothing saved: all not started", blank, [NS, NS, NS, NS, NS, NS, NS, NS]],
    ["saved answers complete their steps; step 7 by the saved connection", everythingTicked, [D, D, D, D, D, D, D, NS]],
    ["a blank ISU username does not complete step 1", { ...blank, answers: { 1: { username: "  " } } }, [NS, NS, NS, NS, NS, NS, NS, NS]],
    [
      "step 3 with 8 policies but no activation is not done",
      { ...blank, answers: { 3: { ...allTicked(3), activated: false } } },
      [NS, NS, NS, NS, NS, NS, NS, NS],
    ],
    [
      "step 3 with the activation but one policy missing is not done",
      { ...blank, answers: { 3: { ...allTicked(3), workers: false } } },
      [NS, NS, NS, NS, NS, NS, NS, NS],
    ],
    ["step 3 with all 8 policies and the activation is done", { ...blank, answers: { 3: allTicked(3) } }, [NS, NS, D, NS, NS, NS, NS, NS]],
    [
      "step 7 without a group URL or password is not done",
      { ...blank, connection: { ...savedConnection, groupsUrl: null } },
      [NS, NS, NS, NS, NS, NS, NS, NS],
    ],
    ["a passing test verifies 4 to 7, even unticked", { ...blank, test: passed }, [NS, NS, NS, V, V, V, V, NS]],
    ["a passing test verifies 4 to 7 over done; 1 to 3 stay done", { ...everythingTicked, test: passed }, [D, D, D, V, V, V, V, NS]],
    [
      "a pass without a group report verifies nothing",
      { ...everythingTicked, test: { ...passed, groups: null } },
      [D, D, D, D, D, D, D, NS],
    ],
    ["a wrong password reopens step 1 over its saved answer", { ...everythingTicked, test: failed(problem(1)) }, [NA, D, D, D, D, D, D, NS]],
    [
      "a not-authorized error reopens step 6; nothing is verified",
      { ...everythingTicked, test: failed(problem(6, "error", "not_authorized")) },
      [D, D, D, D, D, NA, D, NS],
    ],
    [
      "a warning does not reopen a step",
      { ...everythingTicked, test: { ...passed, users: report(true, [problem(4, "warning", "sparse_field")]) } },
      [D, D, D, V, V, V, V, NS],
    ],
    [
      "an error without a step reopens none",
      { ...everythingTicked, test: failed(problem(null, "error", "server_error")) },
      [D, D, D, D, D, D, D, NS],
    ],
    [
      "a group-report error reopens step 5 only",
      { ...everythingTicked, test: { state: "done", ok: false, finishedAt: null, users: report(true), groups: report(false, [problem(5, "error", "missing_required_fields")]) } },
      [D, D, D, D, NA, D, D, NS],
    ],
    ["a running test neither verifies nor reopens", { ...everythingTicked, test: { state: "running" } }, [D, D, D, D, D, D, D, NS]],
    ["submission verifies step 8", { ...everythingTicked, test: passed, submittedAt: new Date() }, [D, D, D, V, V, V, V, V]],
    [
      "a later failing test reopens its step but step 8 stays submitted",
      { ...everythingTicked, test: failed(problem(1)), submittedAt: new Date() },
      [NA, D, D, D, D, D, D, V],
    ],
  ])("%s", (_title, facts, expected) => {
    expect(states(facts)).toEqual(expected);
  });

  it("carries the problems that reopen a step, and only the errors pointing at it", () => {
    const auth = problem(1);
    const status = stepStatus(1, { ...blank, test: failed(auth, problem(4, "warning", "sparse_field")) });
    expect(status.problems).toEqual([auth, auth]);
    expect(stepStatus(4, { ...blank, test: failed(auth) }).problems).toEqual([]);
  });
});

describe("where to continue", () => {
  it.each<[string, SetupFacts, StepNumber | null]>([
    ["a new admin starts at step 1", blank, 1],
    ["after step 3, step 4", { ...blank, answers: { 1: { username: "ISU" }, 2: allTicked(2), 3: allTicked(3) } }, 4],
    ["a step needing attention comes first", { ...everythingTicked, test: failed(problem(6, "error", "not_authorized")) }, 6],
    ["all tested, step 8 is left", { ...everythingTicked, test: passed }, 8],
    ["nothing left once submitted", { ...everythingTicked, test: passed, submittedAt: new Date() }, null],
  ])("%s", (_title, facts, expected) => {
    expect(nextStepToDo(allStepStatuses(facts))).toBe(expected);
  });
});

describe("submit readiness", () => {
  it.each<[string, LastTest | null, boolean]>([
    ["no test yet", null, false],
    ["a test still running", { state: "running" }, false],
    ["a failed test", failed(problem(1)), false],
    ["a pass without the group report", { ...passed, groups: null }, false],
    ["both reports passed", passed, true],
  ])("%s → ready %s", (_title, test, ready) => {
    expect(submitReadiness({ ...blank, test }).ready).toBe(ready);
  });
});

describe("reading the stored test", () => {
  it("reads a finished result and ignores what it does not know", () => {
    const stored = { state: "done", ok: false, finishedAt: "t", users: { ok: false, rows: 0, problems: [problem(1)], sample: [] }, groups: null };
    expect(readLastTest(stored)).toEqual({ state: "done", ok: false, finishedAt: "t", users: { ok: false, problems: [problem(1)] }, groups: null });
  });
  it.each([null, undefined, "x", {}, { state: "done" }, { state: "other" }])("treats %j as no test", (value) => {
    expect(readLastTest(value)).toBeNull();
  });
  it("keeps a running test as running", () => {
    expect(readLastTest({ state: "running", users: { rows: 5 } })).toEqual({ state: "running" });
  });
});

describe("step answers", () => {
  it("keeps only the step's own ticks", () => {
    expect(checklistAnswers(2, { groupCreated: true, injected: true })).toEqual({ groupCreated: true });
    expect(Object.keys(checklistAnswers(3, {}))).toHaveLength(9);
  });
  it.each([
    ["1", 1],
    ["8", 8],
    ["0", null],
    ["9", null],
    ["3.5", null],
    ["03", null],
    [undefined, null],
  ])("deep link %s → step %s", (value, step) => {
    expect(parseStepNumber(value)).toBe(step);
  });
});
