import { describe, expect, it } from "vitest";
import { problems, RaasError, scrubSecret } from "./problems";

describe("problems", () => {
  it.each([
    [problems.badUrl("x"), "bad_url", 7, "error"],
    [problems.blockedHost("h"), "blocked_host", 7, "error"],
    [problems.authFailed("ISU"), "auth_failed", 1, "error"],
    [problems.notAuthorized(), "not_authorized", 6, "error"],
    [problems.notFound("t", "r"), "not_found", 7, "error"],
    [problems.hostUnreachable("x"), "host_unreachable", 7, "error"],
    [problems.tlsError(), "tls_error", 7, "error"],
    [problems.timeout("idle", 60_000), "timeout", null, "error"],
    [problems.notJson("XML"), "not_json", 7, "error"],
    [problems.malformedJson("x"), "malformed_json", null, "error"],
    [problems.tooLarge(2 * 1024 ** 3), "too_large", 4, "error"],
    [problems.serverError(500), "server_error", null, "error"],
    [problems.emptyUserReport(), "empty_report", 3, "error"],
    [problems.missingRequiredFields(["Work email"], "users"), "missing_required_fields", 4, "error"],
    [problems.missingRecommendedFields(["Job title"]), "missing_recommended_fields", 4, "warning"],
    [problems.sparseField("Job title", "Business_Title", 0.2), "sparse_field", 4, "warning"],
  ] as const)("%#: %s", (p, code, step, severity) => {
    expect(p).toEqual({ code, step, severity, message: expect.any(String) });
    if (step !== null) expect(p.message).toContain(`step ${step}`);
  });

  it("says what to do in the admin's words", () => {
    expect(problems.notJson("XML").message).toMatch(/JSON link/);
    expect(problems.notAuthorized().message).toMatch(/step 3/);
    expect(problems.tooLarge(2 * 1024 ** 3).message).toMatch(/2 GB/);
    expect(problems.sparseField("Job title", "Business_Title", 0.2).message).toMatch(/80%/);
  });

  it("scrubs a password that slipped into a message", () => {
    const p = scrubSecret(problems.badUrl("pw=hunter22"), "hunter22");
    expect(p.message).not.toContain("hunter22");
    expect(new RaasError(p).problem).toBe(p);
  });
});
