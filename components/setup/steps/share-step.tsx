import { CHECKLISTS } from "@/lib/setup/steps";
import { ChecklistForm } from "../checklist-form";
import { Instructions, Note } from "./step-section";

/** Step 6: without this, Workday answers "The task submitted is not authorized". */
export function ShareStep({ orgSlug, saved, readOnly }: { orgSlug: string; saved: Record<string, unknown>; readOnly: boolean }) {
  return (
    <div className="space-y-4">
      <Instructions>
        <li>
          Open the user report from step 4 for editing and go to its <strong>Share</strong> tab.
        </li>
        <li>
          Choose <strong>Share with specific authorized groups and users</strong> and add the ISU under <strong>Authorized Users</strong>. Click{" "}
          <strong>OK</strong>.
        </li>
        <li>Do the same on the group report from step 5.</li>
      </Instructions>
      <Note>
        If the test in step 7 says &quot;not authorized&quot;, the ISU is missing here, or a domain from step 3 is missing or not activated.
      </Note>
      <ChecklistForm orgSlug={orgSlug} step={6} sections={[{ items: CHECKLISTS[6] }]} saved={saved} readOnly={readOnly} />
    </div>
  );
}
