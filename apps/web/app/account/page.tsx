import type { Metadata } from "next";
import { roleDescription } from "@claimdesk/schemas";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { RoleBadge } from "@/components/account/role-badge";
import { currentActor } from "@/lib/server-api";

export const metadata: Metadata = { title: "Your account" };
export const dynamic = "force-dynamic";

export default async function AccountPage() {
  const actor = await currentActor();
  return (
    <>
      <h1>Your account</h1>
      <dl className="facts-list">
        <div>
          <dt>Name</dt>
          <dd>{actor.name}</dd>
        </div>
        <div>
          <dt>Email</dt>
          <dd>{actor.email}</dd>
        </div>
        <div>
          <dt>Role</dt>
          <dd>
            <RoleBadge role={actor.role} /> <span className="role-description">{roleDescription[actor.role]}</span>
          </dd>
        </div>
      </dl>
      <p className="form-note">Your name, email and role are set by an admin of your newsroom; ask one to change them.</p>
      <h2 id="change-password-heading">Change your password</h2>
      <p className="form-note">Changing it signs you out everywhere else; this browser stays signed in.</p>
      <ChangePasswordForm />
    </>
  );
}
