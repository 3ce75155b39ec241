import { countOf } from "@claimdesk/schemas";

// Independence of sources. A source may repeat another (an outlet carrying a wire story); following those
// links to their end gives the origin. Evidence that traces back to one origin counts once.

export interface SourceLink {
  id: string;
  repeatsSourceId: string | null;
}

/**
 * The origin of a source: the end of its chain of repeats. A chain that loops (A repeats B repeats A, which
 * the API refuses but old data might hold) ends at the loop's smallest id, so every member of a loop, and every
 * tail leading into it, has the same origin whichever source we start from.
 * A link to a source not in `sources` ends the chain at that unknown source's id.
 */
export function originOf(sourceId: string, sources: ReadonlyMap<string, SourceLink>): string {
  const seen = new Set<string>();
  let current = sourceId;
  for (;;) {
    seen.add(current);
    const next = sources.get(current)?.repeatsSourceId ?? null;
    if (next === null || seen.has(next)) return loopOrigin(current, next, sources, seen);
    current = next;
  }
}

/** Inside a loop every member must name the same origin, whichever member we started from: take the smallest id. */
function loopOrigin(last: string, next: string | null, sources: ReadonlyMap<string, SourceLink>, seen: Set<string>): string {
  if (next === null || !seen.has(next)) return last;
  const loop: string[] = [next];
  for (let at = sources.get(next)?.repeatsSourceId ?? null; at !== null && at !== next; at = sources.get(at)?.repeatsSourceId ?? null) loop.push(at);
  return loop.sort()[0]!;
}

export interface Independence {
  /** Distinct sources. */
  sources: number;
  /** Distinct origins among them. */
  origins: number;
  /** The origin's id of each distinct origin, in the order first met. */
  originIds: string[];
}

export function independence(sourceIds: Iterable<string>, sources: ReadonlyMap<string, SourceLink>): Independence {
  const distinct = [...new Set(sourceIds)];
  const originIds = [...new Set(distinct.map((id) => originOf(id, sources)))];
  return { sources: distinct.length, origins: originIds.length, originIds };
}

/** "5 sources, 2 independent origins"; "1 source, 1 independent origin"; "no sources". */
export function independenceWords({ sources, origins }: Pick<Independence, "sources" | "origins">): string {
  if (sources === 0) return "no sources";
  return `${countOf(sources, "source", "sources")}, ${countOf(origins, "independent origin", "independent origins")}`;
}
