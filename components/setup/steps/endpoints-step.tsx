import { ConnectionPanel } from "@/components/connection/connection-panel";
import type { ConnectionView } from "@/lib/connections/test-connection";
import { Instructions, Note } from "./step-section";

/** Step 7: the two JSON links, the ISU credentials, and the live test that checks steps 1 to 6. */
export function EndpointsStep({
  orgSlug,
  connection,
  username,
  readOnly,
}: {
  orgSlug: string;
  connection: ConnectionView;
  username: string;
  readOnly: boolean;
}) {
  return (
    <div className="space-y-4">
      <Instructions>
        <li>
          In Workday, open the user report and choose <strong>Actions → Web Service → View URLs</strong>.
        </li>
        <li>
          Under <strong>JSON</strong>, copy the link. It looks like{" "}
          <code>https://…/ccx/service/customreport2/TENANT/OWNER/REPORT?format=json</code>; take the JSON one, not XML or CSV.
        </li>
        <li>Do the same for the group report, then paste both below with the ISU&apos;s password and test.</li>
      </Instructions>
      <Note>
        The test fetches both reports in full. When it passes, steps 4 to 7 are marked verified. When it fails, the step to fix opens with
        what Workday answered.
      </Note>
      <ConnectionPanel orgSlug={orgSlug} initial={connection} readOnly={readOnly} defaultUsername={username || undefined} />
    </div>
  );
}
