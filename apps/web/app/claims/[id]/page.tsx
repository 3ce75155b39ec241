import type { Metadata } from "next";
import Link from "next/link";
import { TRPCError } from "@trpc/server";
import { claimKindLabel, roleAtLeast, verdictLabel } from "@claimdesk/schemas";
import { ClaimComments } from "@/components/claim-comments";
import { DateTime } from "@/components/date-time";
import { DeleteButton } from "@/components/delete-button";
import { EvidenceAttachForm } from "@/components/evidence-attach-form";
import { EvidenceTable, sourceName } from "@/components/evidence-table";
import { HistoryTimeline } from "@/components/history-timeline";
import { NotRecorded, OrNotRecorded } from "@/components/not-recorded";
import { PossibleDuplicates } from "@/components/possible-duplicates";
import { WorkflowPanel } from "@/components/workflow-panel";
import { IndependenceSummary } from "@/components/wording/independence-summary";
import { WordingPanel } from "@/components/wording/wording-panel";
import { claimFactsSentence } from "@/lib/claim-words";
import { historyThrough, loadHistory } from "@/lib/history";
import { listHref, param, type SearchParams } from "@/lib/list-query";
import { loadClaim } from "@/lib/record-loaders";
import { currentActor, serverApi } from "@/lib/server-api";
import { shortText } from "@/lib/short-text";
import { sourceOptions } from "@/lib/source-options";
import "../../import.css";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const claim = await loadClaim((await params).id);
  return { title: `Claim: ${shortText(claimFactsSentence(claim), 70)}` };
}

type LoadedClaim = Awaited<ReturnType<typeof loadClaim>>;

/**
 * Names of the sources the evidence repeats (directly or at the end of a chain) that are not evidence here
 * themselves, so that "repeats …" can name them. Usually none or one; a source deleted meanwhile is left out.
 */
async function otherSourceNames(claim: LoadedClaim): Promise<Record<string, string>> {
  const attached = new Set(claim.evidence.map((item) => item.sourceId));
  const wanted = new Set(
    claim.evidence.flatMap((item) => [item.source.repeatsSourceId, item.originId]).filter((id): id is string => id !== null && !attached.has(id)),
  );
  if (wanted.size === 0) return {};
  const api = await serverApi();
  const found = await Promise.all(
    [...wanted].map(async (id) => {
      try {
        const source = await api.source.get({ id });
        return [[id, sourceName(source)] as const];
      } catch (error) {
        if (error instanceof TRPCError && error.code === "NOT_FOUND") return [];
        throw error;
      }
    }),
  );
  return Object.fromEntries(found.flat());
}

/** Comments older than a cursor the API refuses (hand-edited) start again from the newest. */
async function loadComments(claimId: string, cursor: string | undefined) {
  const api = await serverApi();
  try {
    return { page: await api.comment.list({ claimId, cursor, limit: 50 }), cursor };
  } catch (error) {
    if (!cursor || !(error instanceof TRPCError && error.code === "BAD_REQUEST")) throw error;
    return { page: await api.comment.list({ claimId, limit: 50 }), cursor: undefined };
  }
}

export default async function ClaimPage({ params, searchParams }: Props) {
  const claim = await loadClaim((await params).id);
  const query = await searchParams;
  const actor = await currentActor();
  const canEdit = roleAtLeast(actor.role, "EDITOR");
  // A verdict rests on its evidence: a concluded claim's evidence changes only after it is reopened.
  const evidenceLocked = claim.stage === "CONCLUDED";
  const path = `/claims/${claim.id}`;
  const historyUpTo = historyThrough(param(query, "history"));
  const [history, comments, assignees, attachable, wording, otherSources, similar] = await Promise.all([
    loadHistory({ claimId: claim.id }, historyUpTo),
    loadComments(claim.id, param(query, "comments")),
    (await serverApi()).user.assignees(),
    // Sources already attached are left out: attaching one twice is refused.
    canEdit && !evidenceLocked ? sourceOptions(new Set(claim.evidence.map((evidence) => evidence.sourceId))) : Promise.resolve([]),
    (await serverApi()).claim.wording({ id: claim.id }),
    otherSourceNames(claim),
    (await serverApi()).claim.similar({
      id: claim.id,
      text: claim.text,
      eventId: claim.event?.id,
      kind: claim.kind,
      claimant: claim.claimant ?? undefined,
      casualty: claim.casualty ?? undefined,
      responsibility: claim.responsibility ?? undefined,
    }),
  ]);
  // Ids in the history's changes, said as names where this page knows them.
  const names: Record<string, string> = Object.fromEntries(assignees.map((person) => [person.id, person.name]));
  if (claim.assignee) names[claim.assignee.id] = claim.assignee.name;
  if (claim.event) names[claim.event.id] = claim.event.title;

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
        {canEdit ? (
          <div className="page-actions">
            <Link href={`${path}/edit`} className="button">
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
        ) : null}
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
          <dt>Version</dt>
          <dd>
            {claim.version}, saved <DateTime value={claim.updatedAt} />
          </dd>
        </div>
      </dl>

      <WorkflowPanel claim={claim} role={actor.role} />

      <WordingPanel wording={wording} />

      <PossibleDuplicates claimId={claim.id} candidates={similar.candidates} canEdit={canEdit} />

      <section aria-labelledby="evidence-heading">
        <h2 id="evidence-heading">
          Evidence <span className="count">({claim.evidence.length})</span>
        </h2>
        {claim.evidence.length === 0 ? (
          <p className="empty">No sources attached yet.</p>
        ) : (
          <>
            <IndependenceSummary independence={claim.independence} />
            <EvidenceTable evidence={claim.evidence} canEdit={canEdit && !evidenceLocked} otherSources={otherSources} />
          </>
        )}
      </section>

      {canEdit && evidenceLocked ? (
        <p className="notice" role="note" data-testid="evidence-locked">
          This claim is concluded ({verdictLabel[claim.verdict]}): its evidence can be attached, changed or detached only after it is
          reopened under <a href="#workflow-heading">Review</a>, so the verdict never stands on sources it was not given for.
        </p>
      ) : canEdit ? (
        <section aria-labelledby="attach-heading" className="panel">
          <h2 id="attach-heading">Attach a source as evidence</h2>
          <EvidenceAttachForm claimId={claim.id} sources={attachable} headingId="attach-heading" />
        </section>
      ) : null}

      <ClaimComments
        claimId={claim.id}
        comments={comments.page.items}
        canComment={canEdit}
        newestHref={comments.cursor ? `${path}#comments` : null}
        olderHref={comments.page.nextCursor ? `${listHref(path, { comments: comments.page.nextCursor, history: historyUpTo })}#comments` : null}
      />

      <HistoryTimeline
        entries={history.items}
        on="claim"
        names={names}
        moreHref={history.nextCursor ? `${listHref(path, { history: history.nextCursor, comments: comments.cursor })}#history-${history.nextCursor}` : null}
      />
    </>
  );
}
