import Link from "next/link";
import { figureWords, type CasualtyMetric } from "@claimdesk/schemas";
import { formatDateTime } from "@/lib/format-date";
import type { TallyFigureRow } from "./tally-types";

// Links to the claims a house figure rests on or a flag names, each said as its figure and when it was reported.

/** "at least 133 killed, reported 23 March 2024, 15:00 UTC": the same date words as the tables. */
export function figureLinkWords(figure: TallyFigureRow, metric: CasualtyMetric): string {
  const words = figureWords({ ...figure, metric });
  return figure.reportedAt ? `${words}, reported ${formatDateTime(figure.reportedAt)}` : words;
}

export function ClaimLinks({ claimIds, figures, metric }: { claimIds: readonly string[]; figures: ReadonlyMap<string, TallyFigureRow>; metric: CasualtyMetric }) {
  return (
    <ul className="claim-links">
      {claimIds.map((claimId) => {
        const figure = figures.get(claimId);
        return (
          <li key={claimId}>
            <Link href={`/claims/${claimId}`}>{figure ? figureLinkWords(figure, metric) : "a claim under another metric"}</Link>
          </li>
        );
      })}
    </ul>
  );
}
