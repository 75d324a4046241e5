import { SubmitPanel } from "../submit-panel";
import { Instructions } from "./step-section";

/** Step 8: replaces emailing the endpoints to 10KC. */
export function SubmitStep({
  orgSlug,
  readiness,
  submittedAt,
  readOnly,
}: {
  orgSlug: string;
  readiness: { ready: true } | { ready: false; reason: string };
  submittedAt: string | null;
  readOnly: boolean;
}) {
  return (
    <div className="space-y-4">
      <Instructions>
        <li>Submit once both reports pass the test in step 7. Nothing needs emailing: 10KC support is told here and by email.</li>
        <li>Then review how your Workday columns map to profile fields, and preview the members a first sync would create.</li>
      </Instructions>
      <SubmitPanel
        orgSlug={orgSlug}
        ready={readiness.ready}
        reason={readiness.ready ? null : readiness.reason}
        submittedAt={submittedAt}
        readOnly={readOnly}
      />
    </div>
  );
}
