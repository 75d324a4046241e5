import { IsuForm } from "../isu-form";
import { Instructions, Note } from "./step-section";

/** Step 1: create the Integration System User that reads the reports. */
export function IsuStep({ orgSlug, username, readOnly }: { orgSlug: string; username: string; readOnly: boolean }) {
  return (
    <div className="space-y-4">
      <Instructions>
        <li>
          In Workday, run the task <strong>Create Integration System User</strong>.
        </li>
        <li>
          Enter a <strong>User Name</strong> (for example <code>ISU_10KC</code>) and a password. Keep the password: you enter it in step 7.
        </li>
        <li>
          Untick <strong>Require New Password at Next Sign In</strong>. An expired ISU password stops the connection, so exempt this user from
          password expiry if your tenant expires passwords.
        </li>
        <li>Type the username below exactly as you created it.</li>
      </Instructions>
      <Note>
        If fields are missing from a report later, this user most likely cannot see them: Workday leaves out a field the ISU has no access to,
        silently, instead of reporting an error.
      </Note>
      <IsuForm orgSlug={orgSlug} defaultUsername={username} readOnly={readOnly} />
    </div>
  );
}
