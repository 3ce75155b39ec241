import { EvidenceRow, type EvidenceOrigin, type EvidenceRowData, type SourceRef } from "./evidence-row";

export interface EvidenceTableItem extends EvidenceRowData {
  sourceId: string;
  /** The source at the end of this item's chain of repeats (its own id when it repeats nothing). */
  originId?: string;
}

interface EvidenceTableProps {
  evidence: EvidenceTableItem[];
  canEdit: boolean;
  /** Names of sources that items repeat but that are not evidence here themselves, by id. */
  otherSources?: Readonly<Record<string, string>>;
}

const unique = (ids: string[]): string[] => [...new Set(ids)];

/** How a source is named in a sentence: its publisher, else its title, else its address. */
export const sourceName = (source: { url: string; title: string | null; publisher: string | null }): string =>
  source.publisher ?? source.title ?? source.url;

/**
 * Why an item counts once: the source it repeats, and the other items here that trace back to the same origin.
 * Null for an item that shares its origin with no other item and repeats nothing.
 */
export function evidenceOrigins(evidence: readonly EvidenceTableItem[], otherSources: Readonly<Record<string, string>> = {}): Map<string, EvidenceOrigin> {
  const names = new Map<string, string>(Object.entries(otherSources));
  for (const item of evidence) names.set(item.source.id, sourceName(item.source));
  const ref = (id: string): SourceRef => ({ id, name: names.get(id) ?? "another source" });
  const notes = new Map<string, EvidenceOrigin>();
  for (const item of evidence) {
    if (!item.originId) continue;
    const direct = item.source.repeatsSourceId;
    const others = evidence.filter((other) => other.source.id !== item.source.id && other.originId === item.originId);
    if (!direct && others.length === 0) continue;
    const distinctOthers = new Set(others.map((other) => other.source.id));
    const repeatedBy = others.filter((other) => other.source.repeatsSourceId === item.source.id);
    const named = new Set([direct, item.originId, ...repeatedBy.map((other) => other.source.id)]);
    notes.set(item.id, {
      repeats: direct ? ref(direct) : null,
      // The end of a longer chain, named when it is not the source repeated directly.
      origin: direct && item.originId !== direct && item.originId !== item.source.id ? ref(item.originId) : null,
      repeatedBy: unique(repeatedBy.map((other) => other.source.id)).map(ref),
      sameAs: unique(others.map((other) => other.source.id).filter((id) => !named.has(id))).map(ref),
      countedWith: distinctOthers.size,
    });
  }
  return notes;
}

/** The sources behind a claim; for editors, each row can be edited in place or detached. */
export function EvidenceTable({ evidence, canEdit, otherSources }: EvidenceTableProps) {
  const origins = evidenceOrigins(evidence, otherSources);
  return (
    <div className="table-wrap">
      <table className="data-table evidence-table">
        <caption className="sr-only">Sources attached to this claim as evidence</caption>
        <thead>
          <tr>
            <th scope="col">Source</th>
            <th scope="col">URL</th>
            <th scope="col">Type</th>
            <th scope="col">Reliability</th>
            <th scope="col">Stance</th>
            <th scope="col">Credibility</th>
            <th scope="col">Excerpt</th>
            <th scope="col">Note</th>
            {canEdit ? (
              <th scope="col">
                <span className="sr-only">Actions</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {evidence.map((item) => (
            <EvidenceRow
              key={item.id}
              canEdit={canEdit}
              // Only what the row shows crosses to the browser.
              evidence={{
                id: item.id,
                stance: item.stance,
                credibility: item.credibility,
                excerpt: item.excerpt,
                note: item.note,
                source: item.source,
                origin: origins.get(item.id) ?? null,
              }}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}
