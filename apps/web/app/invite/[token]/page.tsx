import type { Metadata } from "next";
import { AcceptInvitationForm } from "@/components/account/accept-invitation-form";

export const metadata: Metadata = { title: "Accept your invitation", referrer: "no-referrer" };
export const dynamic = "force-dynamic";

/** Open to signed-out visitors: the link an admin passed on is the only key. */
export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  return (
    <>
      <h1>Accept your invitation to Claimdesk</h1>
      <p className="form-note">Choose the password you will sign in with. Your name, email and role were set by the admin who invited you.</p>
      <AcceptInvitationForm token={token} />
    </>
  );
}
