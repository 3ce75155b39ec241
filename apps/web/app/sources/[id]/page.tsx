import type { Metadata } from "next";
import Link from "next/link";
import { claimKindLabel, roleAtLeast, sourceTypeLabel } from "@claimdesk/schemas";
import { ReliabilityBadge } from "@/components/badges";
import { EvidenceAssessmentCells } from "@/components/evidence-assessment-cells";
import { DateTime } from "@/components/date-time";
import { DeleteButton } from "@/components/delete-button";
import { ExternalLink } from "@/components/external-link";
import { HistoryTimeline } from "@/components/history-timeline";
import { NotRecorded, OrNotRecorded } from "@/components/not-recorded";
import { sourceOptionLabel } from "@/components/source-form-values";
import { historyThrough, loadHistory } from "@/lib/history";
import { listHref, param, type SearchParams } from "@/lib/list-query";
import { loadSource } from "@/lib/record-loaders";
import { currentActor } from "@/lib/server-api";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const source = await loadSource((await params).id);
  return { title: source.title ?? source.url };
}

export default async function SourcePage({ params, searchParams }: Props) {
  const source = await loadSource((await params).id);
  const canEdit = roleAtLeast((await currentActor()).role, "EDITOR");
  const historyUpTo = historyThrough(param(await searchParams, "history"));
  const history = await loadHistory({ sourceId: source.id }, historyUpTo);
  // Ids in the history's changes, said as names where this page knows them.
  const names: Record<string, string> = {};
  for (const other of [source.repeatsSource, ...source.repeatedBy]) if (other) names[other.id] = sourceOptionLabel(other);
  return (
    <>
      <p className="breadcrumb">
        <Link href="/sources">Sources</Link>
      </p>
      <div className="page-head">
        <h1>{source.title ?? source.url}</h1>
        {canEdit ? (
          <div className="page-actions">
            <Link href={`/sources/${source.id}/edit`} className="button">
              Edit<span className="sr-only"> source</span>
            </Link>
            <DeleteButton
              target={{ kind: "source", id: source.id }}
              label="Delete source"
              question="Delete this source for good?"
              confirmLabel="Yes, delete the source"
              afterPath="/sources"
            />
          </div>
        ) : null}
      </div>
      <dl className="facts-list">
        <div>
          <dt>URL</dt>
          <dd className="cell-url">
            <ExternalLink href={source.url} />
          </dd>
        </div>
        <div>
          <dt>Publisher</dt>
          <dd>
            <OrNotRecorded value={source.publisher} />
          </dd>
        </div>
        <div>
          <dt>Author</dt>
          <dd>
            <OrNotRecorded value={source.author} />
          </dd>
        </div>
        <div>
          <dt>Published at</dt>
          <dd>
            <DateTime value={source.publishedAt} />
          </dd>
        </div>
        <div>
          <dt>Type</dt>
          <dd>{sourceTypeLabel[source.type]}</dd>
        </div>
        <div>
          <dt>Reliability</dt>
          <dd>
            <ReliabilityBadge grade={source.reliability} />
          </dd>
        </div>
      </dl>

      <section aria-labelledby="origin-heading">
        <h2 id="origin-heading">Origin</h2>
        <dl className="facts-list">
          <div>
            <dt>Repeats</dt>
            <dd>{source.repeatsSource ? <Link href={`/sources/${source.repeatsSource.id}`}>{sourceOptionLabel(source.repeatsSource)}</Link> : "No other source: this is an origin."}</dd>
          </div>
          <div>
            <dt>Repeated by</dt>
            <dd>
              {source.repeatedBy.length === 0 ? (
                <NotRecorded />
              ) : (
                <ul className="plain-list">
                  {source.repeatedBy.map((repeat) => (
                    <li key={repeat.id}>
                      <Link href={`/sources/${repeat.id}`}>{sourceOptionLabel(repeat)}</Link>
                    </li>
                  ))}
                </ul>
              )}
            </dd>
          </div>
        </dl>
      </section>

      <section aria-labelledby="evidence-heading">
        <h2 id="evidence-heading">
          Evidence for <span className="count">({source.evidence.length} {source.evidence.length === 1 ? "claim" : "claims"})</span>
        </h2>
        {source.evidence.length === 0 ? (
          <p className="empty">This source is not evidence for any claim yet.</p>
        ) : (
          <div className="table-wrap">
            <table className="data-table">
              <caption className="sr-only">Claims this source is evidence for</caption>
              <thead>
                <tr>
                  <th scope="col">Claim</th>
                  <th scope="col">Kind</th>
                  <th scope="col">Stance</th>
                  <th scope="col">Credibility</th>
                  <th scope="col">Excerpt</th>
                </tr>
              </thead>
              <tbody>
                {source.evidence.map((evidence) => (
                  <tr key={evidence.id}>
                    <td className="cell-text">
                      <Link href={`/claims/${evidence.claim.id}`}>{evidence.claim.text}</Link>
                    </td>
                    <td>{claimKindLabel[evidence.claim.kind]}</td>
                    <EvidenceAssessmentCells evidence={evidence} />
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <HistoryTimeline
        entries={history.items}
        on="source"
        names={names}
        claimTexts={Object.fromEntries(source.evidence.map((evidence) => [evidence.claim.id, evidence.claim.text]))}
        moreHref={history.nextCursor ? `${listHref(`/sources/${source.id}`, { history: history.nextCursor })}#history-${history.nextCursor}` : null}
      />
    </>
  );
}
