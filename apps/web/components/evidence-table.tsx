import { EvidenceRow, type EvidenceRowData } from "./evidence-row";

/** The sources behind a claim; for editors, each row can be edited in place or detached. */
export function EvidenceTable({ evidence, canEdit }: { evidence: EvidenceRowData[]; canEdit: boolean }) {
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
              evidence={{ id: item.id, stance: item.stance, credibility: item.credibility, excerpt: item.excerpt, note: item.note, source: item.source }}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}
