import { CHECKLISTS } from "@/lib/setup/steps";
import { ChecklistForm } from "../checklist-form";
import { Instructions } from "./step-section";

/** Step 2: the security group the ISU belongs to; its type is what matters. */
export function SecurityGroupStep({ orgSlug, saved, readOnly }: { orgSlug: string; saved: Record<string, unknown>; readOnly: boolean }) {
  return (
    <div className="space-y-4">
      <Instructions>
        <li>
          Run the task <strong>Create Security Group</strong>.
        </li>
        <li>
          For <strong>Type of Tenanted Security Group</strong>, pick <strong>Integration System Security Group (Unconstrained)</strong>, and give it
          a name such as <code>10KC Integration</code>.
        </li>
        <li>
          On the next page, add the ISU from step 1 under <strong>Integration System Users</strong>.
        </li>
      </Instructions>
      <ChecklistForm orgSlug={orgSlug} step={2} sections={[{ items: CHECKLISTS[2] }]} saved={saved} readOnly={readOnly} />
    </div>
  );
}
