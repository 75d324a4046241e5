export { startWorkdaySim, SIM_DEFAULT_PASSWORD, SIM_DEFAULT_USERNAME, type WorkdaySim, type WorkdaySimOptions } from "./server";
export { FAULTS, tenantStateSchema, type SimFault, type TenantState } from "./tenant-state";
export { USER_COLUMNS, employeeId, type ReportConfig, type SimRow } from "./workers";
