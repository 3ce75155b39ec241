import Link from "next/link";
import {
  claimKindLabel,
  sourceTypeLabel,
  type ClaimHit,
  type EventHit,
  type SearchGroup,
  type SearchType,
  type SourceHit,
} from "@claimdesk/schemas";
import { ReliabilityBadge, StageBadge, VerdictBadge } from "@/components/badges";
import { formatDate } from "@/lib/format-date";
import { listHref } from "@/lib/list-query";
import { HighlightedText } from "./highlighted-text";

// The results page's groups: one section per kind, each a list of links to the records, matches marked.

export const groupTitle: Record<SearchType, string> = { CLAIM: "Claims", SOURCE: "Sources", EVENT: "Events" };
const one: Record<SearchType, string> = { CLAIM: "claim", SOURCE: "source", EVENT: "event" };

const countWords = (group: SearchGroup): string => {
  if (group.count === 0) return `No ${one[group.type]}s`;
  const many = group.count === 1 ? one[group.type] : `${one[group.type]}s`;
  return group.countIsAtLeast ? `${group.count.toLocaleString("en-GB")} or more ${many}` : `${group.count.toLocaleString("en-GB")} ${many}`;
};

/** "Found by a similar name": said in words, so that a typo's result is not mistaken for an exact match. */
function SimilarNote({ show }: { show: boolean }) {
  return show ? <span className="search-similar">similar name</span> : null;
}

function ClaimResult({ hit }: { hit: ClaimHit }) {
  return (
    <li className="search-result">
      <Link href={`/claims/${hit.id}`} className="search-result-title">
        <HighlightedText pieces={hit.text} />
      </Link>
      <p className="search-result-meta">
        <span>{claimKindLabel[hit.kind]}</span>
        {hit.claimant ? (
          <span>
            Claimant: <HighlightedText pieces={hit.claimant} />
          </span>
        ) : null}
        {hit.actor ? (
          <span>
            Actor: <HighlightedText pieces={hit.actor} />
          </span>
        ) : null}
        {hit.reportedAs ? (
          <span>
            Reported as: “<HighlightedText pieces={hit.reportedAs} />”
          </span>
        ) : null}
        <StageBadge stage={hit.stage} /> <VerdictBadge verdict={hit.verdict} />
        <SimilarNote show={hit.similarName} />
      </p>
    </li>
  );
}

function SourceResult({ hit }: { hit: SourceHit }) {
  return (
    <li className="search-result">
      <Link href={`/sources/${hit.id}`} className="search-result-title">
        <HighlightedText pieces={hit.title ?? hit.url} />
      </Link>
      <p className="search-result-meta">
        {hit.publisher ? (
          <span>
            <HighlightedText pieces={hit.publisher} />
          </span>
        ) : null}
        {hit.author ? (
          <span>
            By <HighlightedText pieces={hit.author} />
          </span>
        ) : null}
        <span>{sourceTypeLabel[hit.sourceType]}</span>
        {hit.publishedAt ? <time dateTime={hit.publishedAt.toISOString()}>{formatDate(hit.publishedAt)}</time> : null}
        <ReliabilityBadge grade={hit.reliability} />
        <SimilarNote show={hit.similarName} />
      </p>
      {hit.title ? (
        <p className="search-result-url">
          <HighlightedText pieces={hit.url} />
        </p>
      ) : null}
    </li>
  );
}

function EventResult({ hit }: { hit: EventHit }) {
  return (
    <li className="search-result">
      <Link href={`/events/${hit.id}`} className="search-result-title">
        <HighlightedText pieces={hit.title} />
      </Link>
      <p className="search-result-meta">
        {hit.location ? (
          <span>
            <HighlightedText pieces={hit.location} />
          </span>
        ) : null}
        {hit.occurredAt ? <time dateTime={hit.occurredAt.toISOString()}>{formatDate(hit.occurredAt)}</time> : null}
        <SimilarNote show={hit.similarName} />
      </p>
    </li>
  );
}

function Items({ group }: { group: SearchGroup }) {
  switch (group.type) {
    case "CLAIM":
      return group.items.map((hit) => <ClaimResult key={hit.id} hit={hit} />);
    case "SOURCE":
      return group.items.map((hit) => <SourceResult key={hit.id} hit={hit} />);
    case "EVENT":
      return group.items.map((hit) => <EventResult key={hit.id} hit={hit} />);
  }
}

/** One kind's results: a heading with the count, the ranked list, and a link to the group's next page. */
export function SearchGroupSection({ group, q, paged }: { group: SearchGroup; q: string; paged: boolean }) {
  const headingId = `results-${group.type.toLowerCase()}`;
  return (
    <section className="search-group" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {groupTitle[group.type]} <span className="search-count">({countWords(group)})</span>
      </h2>
      {group.items.length === 0 ? (
        <p className="empty">{paged ? `No more ${one[group.type]}s match.` : `No ${one[group.type]}s match.`}</p>
      ) : (
        <ol className="search-results">
          <Items group={group} />
        </ol>
      )}
      {group.nextCursor ? (
        <p>
          <Link href={listHref("/search", { q, type: group.type, cursor: group.nextCursor })}>More {one[group.type]}s</Link>
        </p>
      ) : null}
    </section>
  );
}
