import { EvidenceRow, type EvidenceRowData } from "./evidence-row";

/** The sources behind a claim; each row can be edited in place or detached. */
export function EvidenceTable({ evidence }: { evidence: EvidenceRowData[] }) {
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
            <th scope="col">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {evidence.map((item) => (
            <EvidenceRow
              key={item.id}
              // Only what the row shows crosses to the browser.
              evidence={{ id: item.id, stance: item.stance, credibility: item.credibility, excerpt: item.excerpt, note: item.note, source: item.source }}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}
