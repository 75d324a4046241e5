/** Report rows shaped like a generated Workday RaaS report, shared by the row and summary tests. */
import type { RawRow } from "../workday/types";
import type { MappingConfig } from "./types";

export const WORKDAY_MAPPING: MappingConfig = {
  columns: {
    workdayId: "Employee_ID",
    email: "Email_-_Primary_Work",
    firstName: "Legal_Name_-_First_Name",
    lastName: "Legal_Name_-_Last_Name",
    managementLevel: "Management_Level",
    jobTitle: "Business_Title",
    businessUnit: "Supervisory_Organization",
    jobFunction: "Job_Family",
    peopleManager: "Is_Manager",
    managerEmail: "Worker_s_Manager",
    location: "Work_Location",
    locale: "Preferred_Locale",
    status: "Worker_Status",
    groups: "group_name",
  },
  roleMap: { "Senior Manager": "Sr. Manager", "Vice President": "VP", "Individual Contributor": "Individual Contributor", M3: null },
  statusMap: {},
};

export const ROWS: RawRow[] = [
  {
    Employee_ID: "000100",
    "Email_-_Primary_Work": "Alex.Manager@Example.com",
    "Legal_Name_-_First_Name": "Alex",
    "Legal_Name_-_Last_Name": "Manager",
    Management_Level: "Vice President",
    Business_Title: "VP Sales",
    Is_Manager: "1",
    Work_Location: "Toronto",
    Preferred_Locale: "en_US",
    Worker_Status: "Active",
  },
  {
    Employee_ID: "000200",
    "Email_-_Primary_Work": " jo.doe@example.com ",
    "Legal_Name_-_First_Name": "  Jo  ",
    "Legal_Name_-_Last_Name": "Doe",
    Management_Level: "Senior Manager",
    Business_Title: ["Lead", "Coach"],
    Supervisory_Organization: [{ Org_Name: "Sales (Alex Manager)" }],
    Is_Manager: "Y",
    Worker_s_Manager: "Alex Manager (000100)",
    Work_Location: "Montréal",
    Preferred_Locale: "fr_CA",
    Worker_Status: "Leave of Absence",
    group_name: ["Mentors", "New Hires"],
  },
  {
    Employee_ID: "000300",
    "Email_-_Primary_Work": "not-an-email",
    "Legal_Name_-_First_Name": "Sam",
    Management_Level: "M3",
    Is_Manager: "maybe",
    Worker_s_Manager: "Ghost (999999)",
    Preferred_Locale: "de_DE",
    Worker_Status: "Terminated",
  },
];
