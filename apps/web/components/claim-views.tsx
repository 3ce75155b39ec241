import Link from "next/link";
import type { ClaimView } from "@claimdesk/schemas";
import { listHref } from "@/lib/list-query";

// The claims list's ready-made views, as links: each is an address of its own, so it can be bookmarked.

export const CLAIM_VIEW_LABELS: ReadonlyArray<{ view: ClaimView | undefined; label: string }> = [
  { view: undefined, label: "All" },
  { view: "MINE", label: "My claims" },
  { view: "WAITING_FOR_REVIEW", label: "Waiting for review" },
  { view: "DUE_FOR_RECHECK", label: "Due for re-check" },
];

export function claimViewLabel(view: ClaimView | undefined): string {
  return CLAIM_VIEW_LABELS.find((entry) => entry.view === view)?.label ?? "All";
}

/** The view tabs; the filters chosen stay as they are when switching views. */
export function ClaimViews({ current, filters, showMine }: { current: ClaimView | undefined; filters: Record<string, string | undefined>; showMine: boolean }) {
  return (
    <nav aria-label="Claim views" className="view-tabs">
      <ul>
        {CLAIM_VIEW_LABELS.filter((entry) => showMine || entry.view !== "MINE").map((entry) => (
          <li key={entry.label}>
            <Link href={listHref("/claims", { view: entry.view, ...filters })} aria-current={entry.view === current ? "page" : undefined}>
              {entry.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
