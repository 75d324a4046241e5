/**
 * Starts the local Workday RaaS stand-in: `npm run workday:sim -- --port 4010 --host 127.0.0.1`.
 * Point the app at it with WORKDAY_EXTRA_HOSTS=127.0.0.1:4010 (plain http and loopback are only
 * allowed for hosts listed there).
 */
import { parseArgs } from "node:util";
import { startWorkdaySim } from "../lib/workday/sim";

const { values } = parseArgs({
  options: {
    port: { type: "string", default: "4010" },
    host: { type: "string", default: "127.0.0.1" },
    username: { type: "string" },
    password: { type: "string" },
  },
});

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port must be a number between 0 and 65535 (got ${values.port})`);
  process.exit(2);
}

const sim = await startWorkdaySim({ port, host: values.host, username: values.username, password: values.password });
const hostPort = new URL(sim.baseUrl).host;
console.log(`Workday stand-in listening on ${sim.baseUrl}`);
console.log(`  ISU username: ${sim.username}`);
console.log(`  ISU password: ${sim.password}`);
console.log(`  User report:  ${sim.reportUrl("acme", "Workers_for_10KC")}`);
console.log(`  Group report: ${sim.reportUrl("acme", "Groups_for_10KC")}`);
console.log(`  Allow it with WORKDAY_EXTRA_HOSTS=${hostPort}`);
console.log("  Query options: workers=N seed=S fault=401|403|500|404|503|406|xml|csv|html|slow|stall|truncated|empty delayMs=N dropPercent=P dropColumns=A,B extraColumns=Job_Level");
console.log(`  Tenant state:  PUT ${sim.baseUrl}/_sim/tenants/TENANT  (JSON: workers, seed, fault, dropPercent, dropColumns, extraColumns, delayMs, overrides)`);

const shutdown = async () => {
  await sim.close();
  process.exit(0);
};
process.on("SIGINT", shutdown);
process.on("SIGTERM", shutdown);
