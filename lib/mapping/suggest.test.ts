import { describe, expect, it } from "vitest";
import { normalizeColumnName, suggestGroupMapping, suggestMapping } from "./suggest";
import type { UserFieldKey } from "./fields";

describe("suggestMapping: known aliases", () => {
  it.each<[string, UserFieldKey]>([
    ["First_Name", "firstName"],
    ["Legal_Name_-_First_Name", "firstName"],
    ["Preferred_Name_-_First_Name", "firstName"],
    ["firstName", "firstName"],
    ["first_name", "firstName"],
    ["Legal_Name_-_Last_Name", "lastName"],
    ["last_name", "lastName"],
    ["primary_work_email", "email"],
    ["primaryWorkEmail", "email"],
    ["Email_-_Primary_Work", "email"],
    ["Work_Email", "email"],
    ["Email", "email"],
    ["employee_id", "workdayId"],
    ["Employee_ID", "workdayId"],
    ["Worker_ID", "workdayId"],
    ["Employee_Number", "workdayId"],
    ["Management_Level", "managementLevel"],
    ["managementLevel", "managementLevel"],
    ["Mgmt_Level", "managementLevel"],
    ["Business_Title", "jobTitle"],
    ["Job_Profile", "jobTitle"],
    ["Supervisory_Organization", "businessUnit"],
    ["Cost_Center", "businessUnit"],
    ["Job_Family", "jobFunction"],
    ["Job_Category", "jobFunction"],
    ["Is_Manager", "peopleManager"],
    ["WorkerIsManager", "peopleManager"],
    ["Is_People_Manager", "peopleManager"],
    ["manager_email", "managerEmail"],
    ["Worker_s_Manager", "managerEmail"],
    ["Manager", "managerEmail"],
    ["Manager_ID", "managerEmail"],
    ["Work_Location", "location"],
    ["Country", "location"],
    ["Preferred_Locale", "locale"],
    ["Language", "locale"],
    ["Worker_Status", "status"],
    ["Active_Status", "status"],
    ["group_name", "groups"],
    ["Groups", "groups"],
    ["WORK EMAIL", "email"],
    ["work-email", "email"],
  ])("%s → %s with confidence 1", (column, field) => {
    const s = suggestMapping([column, "Unrelated_Thing"]);
    expect(s[field]).toEqual({ column, confidence: 1, how: "alias" });
  });
});

describe("suggestMapping: similar names", () => {
  it.each<[string, UserFieldKey]>([
    ["Wrk_Email_Addr", "email"],
    ["FirstNm", "firstName"],
    ["Worker_Business_Title", "jobTitle"],
    ["Management_Level_Code", "managementLevel"],
  ])("%s → %s below 1", (column, field) => {
    const s = suggestMapping([column]);
    expect(s[field].column).toBe(column);
    expect(s[field].how).toBe("similar");
    expect(s[field].confidence).toBeGreaterThan(0.5);
    expect(s[field].confidence).toBeLessThan(1);
  });

  it("leaves a field empty when nothing is close", () => {
    const s = suggestMapping(["Hire_Date", "Pay_Rate"]);
    expect(s.email).toEqual({ column: null, confidence: 0, how: "none" });
    expect(s.firstName.column).toBeNull();
  });

  it("does not take a manager's column for the worker's own email", () => {
    const s = suggestMapping(["Manager_Email_Address"]);
    expect(s.email.column).toBeNull();
    expect(s.managerEmail.column).toBe("Manager_Email_Address");
  });
});

describe("suggestMapping: assignment", () => {
  it("never maps one column to two fields", () => {
    const cols = ["Employee_ID", "Legal_Name_-_First_Name", "Legal_Name_-_Last_Name", "Email_-_Primary_Work", "Worker_s_Manager", "Is_Manager", "Management_Level", "Manager_Level"];
    const s = suggestMapping(cols);
    const used = Object.values(s).map((v) => v.column).filter((c) => c !== null);
    expect(new Set(used).size).toBe(used.length);
    expect(s.peopleManager.column).toBe("Is_Manager");
    expect(s.managerEmail.column).toBe("Worker_s_Manager");
    expect(s.managementLevel.column).toBe("Management_Level");
  });

  it("prefers the earlier alias when two columns match exactly", () => {
    const s = suggestMapping(["Preferred_Name_-_First_Name", "Legal_Name_-_First_Name"]);
    expect(s.firstName.column).toBe("Legal_Name_-_First_Name");
  });

  it("suggests the group column of a group report", () => {
    expect(suggestGroupMapping(["Members", "Group_Name"]).groupName).toEqual({ column: "Group_Name", confidence: 1, how: "alias" });
    expect(suggestGroupMapping(["Hire_Date"]).groupName.column).toBeNull();
  });

  it.each([
    ["Legal_Name_-_First_Name", "legalnamefirstname"],
    ["primaryWorkEmail", "primaryworkemail"],
    ["Worker's Manager", "workersmanager"],
  ])("normalises %s", (raw, norm) => expect(normalizeColumnName(raw)).toBe(norm));
});
