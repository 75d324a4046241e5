import { describe, expect, it } from "vitest";
import { mappingConfigSchema } from "./schema";

const base = { columns: { workdayId: "Employee_ID", email: "Email" }, roleMap: { "Senior Manager": "Sr. Manager", M3: null }, statusMap: { Retired: "inactive" } };

describe("mappingConfigSchema", () => {
  it.each<[string, unknown, boolean]>([
    ["a full config", base, true],
    ["blank column as none", { ...base, columns: { workdayId: "Employee_ID", email: "Email", locale: "" } }, true],
    ["unknown field", { ...base, columns: { nickname: "Nick" } }, false],
    ["role outside the segments", { ...base, roleMap: { M3: "Boss" } }, false],
    ["status outside active/inactive", { ...base, statusMap: { Retired: "gone" } }, false],
    ["one column for two fields", { ...base, columns: { workdayId: "Email", email: "Email" } }, false],
    ["missing roleMap", { columns: {}, statusMap: {} }, false],
  ])("%s → valid %s", (_name, input, ok) => expect(mappingConfigSchema.safeParse(input).success).toBe(ok));

  it("turns a blank column into null and trims names", () => {
    const out = mappingConfigSchema.parse({ ...base, columns: { workdayId: " Employee_ID ", locale: "" }, groupNameColumn: "" });
    expect(out.columns).toEqual({ workdayId: "Employee_ID", locale: null });
    expect(out.groupNameColumn).toBeNull();
  });

  it("points the duplicate message at the second field", () => {
    const r = mappingConfigSchema.safeParse({ ...base, columns: { workdayId: "Email", email: "Email" } });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0].path).toEqual(["columns", "email"]);
  });
});
