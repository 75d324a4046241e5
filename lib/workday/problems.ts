/**
 * Every way fetching or checking a Workday report can go wrong, as one `Problem` each.
 * Messages are for the customer's Workday admin: they say what to change and where (the setup
 * step), and never echo the password.
 */
import type { Problem, ProblemCode, SetupStep } from "./types";

export class RaasError extends Error {
  readonly problem: Problem;
  constructor(problem: Problem, options?: { cause?: unknown }) {
    super(problem.message, options);
    this.name = "RaasError";
    this.problem = problem;
  }
}

export function isRaasError(err: unknown): err is RaasError {
  return err instanceof RaasError;
}

function problem(code: ProblemCode, step: SetupStep | null, message: string, severity: Problem["severity"] = "error"): Problem {
  return { code, severity, step, message };
}

export type TimeoutCap = "connect" | "firstByte" | "idle" | "total";

const capWords: Record<TimeoutCap, string> = {
  connect: "connecting to Workday",
  firstByte: "waiting for Workday to start sending the report",
  idle: "waiting for more of the report (the transfer stalled)",
  total: "downloading the whole report",
};

export const problems = {
  badUrl(detail: string): Problem {
    return problem(
      "bad_url",
      7,
      `${detail} In Workday, open the report, choose Actions → Web Service → View URLs, and copy the JSON link (step 7). ` +
        "It looks like https://wd2-impl-services1.workday.com/ccx/service/customreport2/TENANT/OWNER/REPORT?format=json.",
    );
  },
  blockedHost(host: string): Problem {
    return problem(
      "blocked_host",
      7,
      `The address ${host} points to a private or internal network, which Workday Connect will not contact. ` +
        "Copy the JSON link from Actions → Web Service → View URLs again (step 7); it should point to a workday.com or myworkday.com host.",
    );
  },
  authFailed(username: string): Problem {
    return problem(
      "auth_failed",
      1,
      `Workday rejected the sign-in for the Integration System User "${username}". Check the ISU username exactly as created in Workday ` +
        "(some tenants need user@tenant) and re-enter its password; an expired ISU password, or an authentication policy that only allows SSO " +
        "for this user, also causes this (step 1).",
    );
  },
  notAuthorized(): Problem {
    return problem(
      "not_authorized",
      6,
      "Workday says the Integration System User is not authorized to run this report. Add the ISU as an authorized user on the report's Share tab (step 6), " +
        "and check that its security group has Get access on the domains listed in step 3 (Maintain Domain Permissions for Security Group, " +
        "then Activate Pending Security Policy Changes).",
    );
  },
  notFound(tenant: string | null, report: string | null): Problem {
    const what = report ? `the report "${report}"${tenant ? ` in tenant "${tenant}"` : ""}` : "this report";
    return problem(
      "not_found",
      7,
      `Workday could not find ${what}. Copy the JSON link again from Actions → Web Service → View URLs (step 7), ` +
        "and check the report is enabled as a web service (step 4).",
    );
  },
  hostUnreachable(detail: string): Problem {
    return problem(
      "host_unreachable",
      7,
      `${detail} Check the host and tenant name in the endpoint: copy the JSON link from Actions → Web Service → View URLs (step 7). ` +
        "If the link is right, Workday may be down for maintenance; try again later.",
    );
  },
  tlsError(): Problem {
    return problem(
      "tls_error",
      7,
      "The secure connection to the Workday host failed because its certificate could not be verified. Check the endpoint host is the one shown " +
        "under Actions → Web Service → View URLs (step 7).",
    );
  },
  timeout(cap: TimeoutCap, ms: number): Problem {
    return problem(
      "timeout",
      null,
      `Gave up after ${formatMs(ms)} ${capWords[cap]}. Workday may be busy; try again later. ` +
        "If it keeps happening, a smaller report (fewer fields or a prompt that narrows it) finishes faster.",
    );
  },
  notJson(kind: string): Problem {
    return problem(
      "not_json",
      7,
      `Workday sent ${kind} where a JSON report was expected. Use the JSON link from Actions → Web Service → View URLs (step 7), ` +
        "the one ending in ?format=json.",
    );
  },
  malformedJson(detail: string): Problem {
    return problem(
      "malformed_json",
      null,
      `The report Workday sent is not readable: ${detail} This is usually a transfer that was cut off; try again. ` +
        "If it keeps happening, check the endpoint is the JSON link of a custom report.",
    );
  },
  tooLarge(limitBytes: number | null): Problem {
    const limit = limitBytes ? ` (the limit is ${formatBytes(limitBytes)})` : "";
    return problem(
      "too_large",
      4,
      `The report is too large to download${limit}. Remove fields that are not needed from the report, or filter it to the workers who should be members (step 4).`,
    );
  },
  serverError(status: number | null, detail?: string): Problem {
    const what = status ? `Workday answered with an error (HTTP ${status})` : "Workday stopped sending the report part way through";
    return problem("server_error", null, `${what}${detail ? `: ${detail}` : ""}. Try again later; if it persists, run the report in Workday to see the error.`);
  },
  emptyUserReport(): Problem {
    return problem(
      "empty_report",
      3,
      "The user report returned no workers. The Integration System User probably cannot see them: grant its security group Get access on " +
        "Worker Data: Active and Terminated Workers and the other domains of step 3, then Activate Pending Security Policy Changes. " +
        "Also check the report's filters and prompts (step 4).",
    );
  },
  emptyGroupReport(): Problem {
    return problem(
      "empty_report",
      5,
      "The group report returned no rows, so members will not be placed in any group. Check the group report's filters (step 5) and that the ISU can see the workers (step 3).",
      "warning",
    );
  },
  missingRequiredFields(labels: string[], report: "users" | "groups"): Problem {
    const step: SetupStep = report === "users" ? 4 : 5;
    return problem(
      "missing_required_fields",
      step,
      `The ${report === "users" ? "user" : "group"} report has no column for: ${labels.join(", ")}. Add ${labels.length > 1 ? "these fields" : "this field"} to the report (step ${step}). ` +
        "If a field is already in the report, the Integration System User cannot see it: a field the ISU has no access to is silently left out (step 1), " +
        "so grant its security group access to that field's domain (step 3).",
    );
  },
  missingRecommendedFields(labels: string[]): Problem {
    return problem(
      "missing_recommended_fields",
      4,
      `The user report has no column for: ${labels.join(", ")}. Profiles will work without ${labels.length > 1 ? "them" : "it"}, but matching is better with ${labels.length > 1 ? "them" : "it"}; ` +
        "add the field to the report (step 4), or check the ISU can see it (step 1).",
      "warning",
    );
  },
  sparseField(label: string, column: string, share: number): Problem {
    return problem(
      "sparse_field",
      4,
      `The column "${column}" (${label}) is empty for ${Math.round((1 - share) * 100)}% of rows. Check the field in the report (step 4) ` +
        "and that the Integration System User can see it for every worker (steps 1 and 3).",
      "warning",
    );
  },
};

function formatMs(ms: number): string {
  if (ms < 1000) return `${ms} ms`;
  if (ms < 120_000) return `${Math.round(ms / 1000)} seconds`;
  return `${Math.round(ms / 60_000)} minutes`;
}

function formatBytes(n: number): string {
  if (n >= 1024 ** 3) return `${+(n / 1024 ** 3).toFixed(1)} GB`;
  if (n >= 1024 ** 2) return `${+(n / 1024 ** 2).toFixed(1)} MB`;
  if (n >= 1024) return `${+(n / 1024).toFixed(1)} KB`;
  return `${n} bytes`;
}

/** Last line of defence: a message must never carry the password, whatever text we were handed. */
export function scrubSecret(p: Problem, secret: string): Problem {
  if (!secret || secret.length < 3 || !p.message.includes(secret)) return p;
  return { ...p, message: p.message.split(secret).join("•••") };
}
