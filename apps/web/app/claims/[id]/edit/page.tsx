import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { roleAtLeast, verdictLabel } from "@claimdesk/schemas";
import { ClaimForm } from "@/components/claim-form";
import { claimFormValues } from "@/components/claim-form-values";
import { roleRefusalTitle } from "@/components/role-refusal";
import { assigneeOptions } from "@/lib/assignee-options";
import { eventOptions } from "@/lib/event-options";
import { loadClaim } from "@/lib/record-loaders";
import { currentActor } from "@/lib/server-api";
import { shortText } from "@/lib/short-text";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const claim = await loadClaim((await params).id);
  if (!roleAtLeast((await currentActor()).role, "EDITOR")) return { title: roleRefusalTitle };
  return { title: `Edit claim: ${shortText(claim.text, 60)}` };
}

export default async function EditClaimPage({ params }: Props) {
  const claim = await loadClaim((await params).id);
  // Viewers get this page's forbidden.tsx, with a 403 (an unknown id is still a 404, whoever asks).
  if (!roleAtLeast((await currentActor()).role, "EDITOR")) forbidden();
  const [events, assignees] = await Promise.all([eventOptions(), assigneeOptions(claim.assignee)]);
  if (claim.event && !events.some((event) => event.value === claim.event?.id)) events.push({ value: claim.event.id, label: claim.event.title });
  return (
    <>
      <p className="breadcrumb">
        <Link href="/claims">Claims</Link> › <Link href={`/claims/${claim.id}`}>{shortText(claim.text, 80)}</Link>
      </p>
      <h1>Edit claim</h1>
      {claim.stage === "CONCLUDED" ? (
        <div className="notice" role="note">
          <p>
            This claim is concluded ({verdictLabel[claim.verdict]}): what it says can change only after it is reopened on{" "}
            <Link href={`/claims/${claim.id}`}>the claim page</Link>, so the verdict never stands over words it was not given for. Its
            assignee and re-check date can be changed here.
          </p>
        </div>
      ) : null}
      <ClaimForm
        mode="edit"
        id={claim.id}
        version={claim.version}
        initialValues={claimFormValues(claim)}
        events={events}
        assignees={assignees}
        cancelHref={`/claims/${claim.id}`}
      />
    </>
  );
}
