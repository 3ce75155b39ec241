import Link from "next/link";
import { sourceTypeLabel } from "@claimdesk/schemas";
import type { RouterOutputs } from "@claimdesk/api";
import { ReliabilityBadge } from "./badges";
import { DateTime } from "./date-time";
import { ExternalLink } from "./external-link";
import { OrNotRecorded } from "./not-recorded";

export type SourceSummary = RouterOutputs["source"]["list"]["items"][number];

export function SourcesTable({ sources }: { sources: SourceSummary[] }) {
  return (
    <div className="table-wrap">
      <table className="data-table">
        <caption className="sr-only">Sources</caption>
        <thead>
          <tr>
            <th scope="col">Title and URL</th>
            <th scope="col">Publisher</th>
            <th scope="col">Type</th>
            <th scope="col">Reliability</th>
            <th scope="col">Published</th>
            <th scope="col" className="num">
              Evidence for
            </th>
          </tr>
        </thead>
        <tbody>
          {sources.map((source) => (
            <tr key={source.id}>
              <td className="cell-text">
                <Link href={`/sources/${source.id}`}>{source.title ?? source.url}</Link>
                <div className="cell-sub cell-url">
                  <ExternalLink href={source.url} />
                </div>
              </td>
              <td>
                <OrNotRecorded value={source.publisher} />
              </td>
              <td>{sourceTypeLabel[source.type]}</td>
              <td>
                <ReliabilityBadge grade={source.reliability} />
              </td>
              <td className="nowrap">
                <DateTime value={source.publishedAt} />
              </td>
              <td className="num">
                {source._count.evidence} {source._count.evidence === 1 ? "claim" : "claims"}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
