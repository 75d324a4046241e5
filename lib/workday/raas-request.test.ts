import { describe, expect, it } from "vitest";
import { basicAuth, problemFromBodyError, problemFromNetworkError } from "./raas-request";

const err = (code: string) => Object.assign(new Error(code), { code });

describe("network error mapping", () => {
  it.each(["CERT_HAS_EXPIRED", "DEPTH_ZERO_SELF_SIGNED_CERT", "ERR_TLS_CERT_ALTNAME_INVALID", "UNABLE_TO_VERIFY_LEAF_SIGNATURE", "ERR_SSL_WRONG_VERSION_NUMBER"])(
    "%s is a tls_error at step 7",
    (code) => {
      expect(problemFromNetworkError(err(code), "x.workday.com")).toMatchObject({ code: "tls_error", step: 7 });
    },
  );

  it.each(["ENOTFOUND", "EAI_AGAIN", "ECONNREFUSED", "ECONNRESET", "EHOSTUNREACH"])("%s is host_unreachable", (code) => {
    const p = problemFromNetworkError(err(code), "x.workday.com");
    expect(p).toMatchObject({ code: "host_unreachable", step: 7 });
    expect(p.message).toContain("x.workday.com");
  });

  it("maps a broken compressed body to malformed_json and a dropped one to server_error", () => {
    expect(problemFromBodyError(err("Z_DATA_ERROR")).code).toBe("malformed_json");
    expect(problemFromBodyError(err("ECONNRESET")).code).toBe("server_error");
  });
});

describe("basicAuth", () => {
  it("encodes the username exactly as typed, UTF-8 included", () => {
    const header = basicAuth("ISU_10KC@acme", "pässword:with:colons");
    expect(Buffer.from(header.replace(/^Basic /, ""), "base64").toString("utf8")).toBe("ISU_10KC@acme:pässword:with:colons");
  });
});
