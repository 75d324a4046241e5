import { describe, expect, it } from "vitest";
import { ColumnStats } from "./column-stats";

describe("ColumnStats", () => {
  it("collects columns across all rows, in first-seen order, with fill counts", () => {
    const s = new ColumnStats();
    s.add({ a: "1", b: "x" });
    s.add({ a: " ", c: ["g1"] });
    s.add({ a: "3", c: [] as string[] });
    s.add({ d: [{ k: "v" }] });
    expect(s.rows).toBe(4);
    expect(s.columns).toEqual(["a", "b", "c", "d"]);
    expect(s.toJSON()).toEqual([
      { name: "a", filled: 2, share: 0.5 },
      { name: "b", filled: 1, share: 0.25 },
      { name: "c", filled: 1, share: 0.25 },
      { name: "d", filled: 1, share: 0.25 },
    ]);
    expect(s.share("missing")).toBe(0);
  });

  it("is empty for no rows", () => {
    expect(new ColumnStats().toJSON()).toEqual([]);
  });
});
