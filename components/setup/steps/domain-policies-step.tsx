import { CHECKLISTS, DOMAIN_POLICIES } from "@/lib/setup/steps";
import { ChecklistForm } from "../checklist-form";
import { Instructions, Note } from "./step-section";

/** Step 3: Get access on eight domains, then the activation that makes it take effect. */
export function DomainPoliciesStep({ orgSlug, saved, readOnly }: { orgSlug: string; saved: Record<string, unknown>; readOnly: boolean }) {
  const policies = CHECKLISTS[3].slice(0, DOMAIN_POLICIES.length);
  const activation = CHECKLISTS[3].slice(DOMAIN_POLICIES.length);
  return (
    <div className="space-y-4">
      <Instructions>
        <li>
          Run <strong>Maintain Domain Permissions for Security Group</strong> for the group from step 2.
        </li>
        <li>
          Under <strong>Integration Permissions</strong>, add each domain below to <strong>Domain Security Policies permitting Get access</strong>.
          Tick each one here as you add it.
        </li>
        <li>
          Run <strong>Activate Pending Security Policy Changes</strong>, enter a comment, tick <strong>Confirm</strong> and finish.
        </li>
      </Instructions>
      <Note>Nothing changes in Workday until the pending changes are activated. This step is done when all nine boxes are ticked.</Note>
      <ChecklistForm
        orgSlug={orgSlug}
        step={3}
        sections={[
          { heading: "Get, under Integration Permissions, on:", items: policies },
          { heading: "Then:", items: activation },
        ]}
        saved={saved}
        readOnly={readOnly}
      />
    </div>
  );
}
