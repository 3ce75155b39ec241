import type { Metadata } from "next";
import Link from "next/link";
import { claimKindLabel } from "@claimdesk/schemas";
import { StageBadge, VerdictBadge } from "@/components/badges";
import { DateTime } from "@/components/date-time";
import { DeleteButton } from "@/components/delete-button";
import { EvidenceAttachForm } from "@/components/evidence-attach-form";
import { EvidenceTable } from "@/components/evidence-table";
import { NotRecorded, OrNotRecorded } from "@/components/not-recorded";
import { claimFactsSentence } from "@/lib/claim-words";
import { loadClaim } from "@/lib/record-loaders";
import { shortText } from "@/lib/short-text";
import { sourceOptions } from "@/lib/source-options";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const claim = await loadClaim((await params).id);
  return { title: `Claim: ${shortText(claimFactsSentence(claim), 70)}` };
}

export default async function ClaimPage({ params }: Props) {
  const claim = await loadClaim((await params).id);
  // Sources already attached are left out: attaching one twice is refused.
  const attachable = await sourceOptions(new Set(claim.evidence.map((evidence) => evidence.sourceId)));

  return (
    <>
      <p className="breadcrumb">
        <Link href="/claims">Claims</Link>
        {claim.event ? (
          <>
            {" "}
            › <Link href={`/events/${claim.event.id}`}>{claim.event.title}</Link>
          </>
        ) : null}
      </p>
      <div className="page-head">
        <h1 className="claim-facts">{claimFactsSentence(claim)}</h1>
        <div className="page-actions">
          <Link href={`/claims/${claim.id}/edit`} className="button">
            Edit<span className="sr-only"> claim</span>
          </Link>
          <DeleteButton
            target={{ kind: "claim", id: claim.id, version: claim.version }}
            label="Delete claim"
            question="Delete this claim and its evidence links for good?"
            confirmLabel="Yes, delete the claim"
            afterPath={claim.event ? `/events/${claim.event.id}` : "/claims"}
          />
        </div>
      </div>

      <figure className="reported-text">
        <blockquote>
          <p>{claim.text}</p>
        </blockquote>
        <figcaption>
          Text as reported{claim.claimant ? `, by ${claim.claimant}` : ""}
        </figcaption>
      </figure>

      <dl className="facts-list">
        <div>
          <dt>Kind</dt>
          <dd>{claimKindLabel[claim.kind]}</dd>
        </div>
        <div>
          <dt>Claimant</dt>
          <dd>
            <OrNotRecorded value={claim.claimant} />
          </dd>
        </div>
        <div>
          <dt>Claimed at</dt>
          <dd>
            <DateTime value={claim.claimedAt} />
          </dd>
        </div>
        <div>
          <dt>Event</dt>
          <dd>{claim.event ? <Link href={`/events/${claim.event.id}`}>{claim.event.title}</Link> : <NotRecorded />}</dd>
        </div>
        <div>
          <dt>Stage</dt>
          <dd>
            <StageBadge stage={claim.stage} />
          </dd>
        </div>
        <div>
          <dt>Verdict</dt>
          <dd>
            <VerdictBadge verdict={claim.verdict} />
          </dd>
        </div>
        <div>
          <dt>Version</dt>
          <dd>
            {claim.version}, saved <DateTime value={claim.updatedAt} />
          </dd>
        </div>
      </dl>
      {claim.verdictNote ? (
        <div className="verdict-note">
          <h2>Verdict note</h2>
          <p>{claim.verdictNote}</p>
        </div>
      ) : null}

      <section aria-labelledby="evidence-heading">
        <h2 id="evidence-heading">
          Evidence <span className="count">({claim.evidence.length})</span>
        </h2>
        {claim.evidence.length === 0 ? <p className="empty">No sources attached yet.</p> : <EvidenceTable evidence={claim.evidence} />}
      </section>

      <section aria-labelledby="attach-heading" className="panel">
        <h2 id="attach-heading">Attach a source as evidence</h2>
        <EvidenceAttachForm claimId={claim.id} sources={attachable} headingId="attach-heading" />
      </section>
    </>
  );
}
