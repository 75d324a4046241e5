import { describe, expect, test } from "vitest";
import { checkSafeguards, emptyCounts } from "@/lib/sync";
import { RUNNING_FRESH_MS, countsWords, isStalled, fieldDiffs, heldReasonWords, pageCount, parsePage, pickTab, rejectReasonWords, summaryItems, withThousands } from "./sync-view";

describe("the held reason in words", () => {
  test("numbers get thousands separators inside the engine's sentence", () => {
    const hold = checkSafeguards({ counts: emptyCounts(), reportRows: 1200, activeMembers: 3000, deleteThresholdPercent: 20, deleteThresholdCount: null });
    const words = heldReasonWords(hold!.code, hold!.reason);
    expect(words.title).toBe("Held: the report looks incomplete");
    expect(words.reason).toContain("The user report has 1,200 rows, fewer than half of the 3,000 active members.");
  });

  test("short numbers and unknown codes are left readable", () => {
    expect(withThousands("step 3 of 250 rows, 10000 members")).toBe("step 3 of 250 rows, 10,000 members");
    expect(heldReasonWords(null, null)).toEqual({ title: "Held for review", reason: "A safeguard held this plan for review." });
  });
});

describe("before and after of a change", () => {
  test("named fields in profile order, with labels and empty values spelled out", () => {
    const diffs = fieldDiffs(
      { jobTitle: "Analyst", email: "a@x.com", managerEmail: null },
      { jobTitle: "Lead", email: "b@x.com", managerEmail: "m@x.com" },
      ["managerEmail", "jobTitle", "email"],
    );
    expect(diffs).toEqual([
      { key: "email", label: "Work email", before: "a@x.com", after: "b@x.com" },
      { key: "jobTitle", label: "Job title", before: "Analyst", after: "Lead" },
      { key: "managerEmail", label: "Manager email", before: "(empty)", after: "m@x.com" },
    ]);
  });

  test("without named fields, only keys whose values differ; groups are joined", () => {
    const diffs = fieldDiffs({ groups: ["A"], status: "active" }, { groups: ["A", "B"], status: "active" }, null);
    expect(diffs).toEqual([{ key: "groups", label: "Group name", before: "A", after: "A, B" }]);
  });
});

describe("tabs, summary and paging", () => {
  test("the URL's tab wins; otherwise the first kind with changes", () => {
    const counts = { ...emptyCounts(), update: 1, rejected: 2 };
    expect(pickTab("rejected", counts).action).toBe("reject");
    expect(pickTab(undefined, counts).action).toBe("update");
    expect(pickTab("nonsense", emptyCounts()).action).toBe("create");
  });

  test("summary lists every kind, memberships and manager links", () => {
    const items = summaryItems({ ...emptyCounts(), create: 5, membershipsAdd: 7 }, 3);
    expect(items.map((i) => i.key)).toEqual([
      "create", "update", "deactivate", "reactivate", "remove", "rejected", "groupsCreate", "groupsRemove",
      "membershipsAdd", "membershipsRemove", "managerLinks",
    ]);
    expect(items.find((i) => i.key === "managerLinks")!.value).toBe(3);
  });

  test("pages and reasons", () => {
    expect(pageCount(0, 50)).toBe(1);
    expect(pageCount(101, 50)).toBe(3);
    expect(parsePage("2")).toBe(2);
    expect(parsePage("-1")).toBe(1);
    expect(parsePage("abc")).toBe(1);
    expect(rejectReasonWords("email_in_use")).toBe("The email belongs to another member");
    expect(rejectReasonWords("something_new")).toBe("something new");
  });
});

test("a running preview that stopped reporting counts as stalled; other runs never do", () => {
  const now = Date.now();
  expect(isStalled({ status: "running", updatedAt: new Date(now - RUNNING_FRESH_MS) }, now)).toBe(true);
  expect(isStalled({ status: "running", updatedAt: new Date(now - 1000) }, now)).toBe(false);
  expect(isStalled({ status: "previewed", updatedAt: new Date(0) }, now)).toBe(false);
});

test("a run's counts in a line name only what happened", () => {
  expect(countsWords({ ...emptyCounts(), create: 1200, rejected: 2 })).toBe("1,200 created, 2 rejected");
  expect(countsWords(emptyCounts())).toBe("no member changes");
  expect(countsWords(null)).toBe("no plan");
});
