import type { Metadata } from "next";
import Link from "next/link";
import { TRPCError } from "@trpc/server";
import { INVITATION_DAYS } from "@claimdesk/api";
import { AcceptInvitationForm } from "@/components/account/accept-invitation-form";
import { SIGN_IN_PATH } from "@/components/account/sign-in-path";
import { publicServerApi } from "@/lib/server-api";

export const metadata: Metadata = { title: "Accept your invitation", referrer: "no-referrer" };
export const dynamic = "force-dynamic";

/** Open to signed-out visitors: the link an admin passed on is the only key. */
export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  // A used, expired or mistyped link is said at once, not after a password has been typed.
  // A token the API refuses to read (too long, say) is no usable link either.
  const usable = await (await publicServerApi()).account
    .invitationStatus({ token })
    .then((status) => status.usable)
    .catch((error: unknown) => {
      if (error instanceof TRPCError && error.code === "BAD_REQUEST") return false;
      throw error;
    });
  if (!usable) {
    return (
      <>
        <h1>This invitation link is not valid</h1>
        <div className="notice notice-refusal" role="status">
          <p>It may have expired (links are valid for {INVITATION_DAYS} days) or been used already. Ask an admin of your newsroom for a new one.</p>
          <p>
            If you have already chosen your password, <Link href={SIGN_IN_PATH}>sign in</Link>.
          </p>
        </div>
      </>
    );
  }
  return (
    <>
      <h1>Accept your invitation to Claimdesk</h1>
      <p className="form-note">Choose the password you will sign in with. Your name, email and role were set by the admin who invited you.</p>
      <AcceptInvitationForm token={token} />
    </>
  );
}
