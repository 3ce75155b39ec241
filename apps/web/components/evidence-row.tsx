"use client";
import { Fragment, useEffect, useRef, useState } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { capitalise, sourceTypeLabel, type EvidenceStance, type SourceReliability, type SourceType } from "@claimdesk/schemas";
import { ReliabilityBadge } from "./badges";
import { DeleteForm } from "./delete-button";
import { EvidenceEditForm } from "./evidence-edit-form";
import { EvidenceAssessmentCells } from "./evidence-assessment-cells";
import { ExternalLink } from "./external-link";
import { OrNotRecorded } from "./not-recorded";

export interface EvidenceRowData {
  id: string;
  stance: EvidenceStance;
  credibility: number;
  excerpt: string | null;
  note: string | null;
  source: {
    id: string;
    url: string;
    title: string | null;
    publisher: string | null;
    type: SourceType;
    reliability: SourceReliability;
    repeatsSourceId: string | null;
  };
  /** Why this item may count once with others (see evidenceOrigins); null or absent when it stands alone. */
  origin?: EvidenceOrigin | null;
}

export interface SourceRef {
  id: string;
  name: string;
}

/**
 * Why an item is not independent: the source it repeats (and where that chain ends when further), the items here
 * that repeat it, the others of the same origin, and how many other items it is counted once with.
 */
export interface EvidenceOrigin {
  repeats: SourceRef | null;
  origin: SourceRef | null;
  repeatedBy: SourceRef[];
  sameAs: SourceRef[];
  countedWith: number;
}

const sourceLink = (source: SourceRef) => (
  <Link key={source.id} href={`/sources/${source.id}`}>
    {source.name}
  </Link>
);

/** "A", "A and B", "A, B and C", as links. */
function sourceLinks(sources: SourceRef[]) {
  return sources.map((source, index) => (
    <Fragment key={source.id}>
      {index === 0 ? "" : index === sources.length - 1 ? " and " : ", "}
      {sourceLink(source)}
    </Fragment>
  ));
}


/** "Repeats Asia Times: counted once with it." "Repeated here by MENAFN; same origin as Interfax: counted once with them." */
function OriginNote({ origin }: { origin: EvidenceOrigin }) {
  const parts: Array<{ words: string; sources: SourceRef[]; then?: SourceRef | null }> = [];
  if (origin.repeats) parts.push({ words: "repeats", sources: [origin.repeats], then: origin.origin });
  if (origin.repeatedBy.length > 0) parts.push({ words: "repeated here by", sources: origin.repeatedBy });
  if (origin.sameAs.length > 0) parts.push({ words: "same origin as", sources: origin.sameAs });
  return (
    <div className="cell-sub origin-note">
      {parts.map((part, index) => (
        <Fragment key={part.words}>
          {index === 0 ? capitalise(part.words) : `; ${part.words}`} {sourceLinks(part.sources)}
          {part.then ? <> (which traces back to {sourceLink(part.then)})</> : null}
        </Fragment>
      ))}
      {origin.countedWith > 0 ? `: counted once with ${origin.countedWith === 1 ? "it" : "them"}.` : "."}
    </div>
  );
}

export const EVIDENCE_COLUMNS = 9;

/** One source behind a claim; for editors, Edit and Detach open their forms in a row below it. */
export function EvidenceRow({ evidence, canEdit }: { evidence: EvidenceRowData; canEdit: boolean }) {
  const router = useRouter();
  const [open, setOpen] = useState<"edit" | "detach" | null>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const detachButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef<"edit" | "detach" | null>(null);
  const { source } = evidence;
  const sourceName = source.publisher ?? source.title ?? source.url;

  useEffect(() => {
    if (open !== null || !returnFocus.current) return;
    (returnFocus.current === "edit" ? editButton : detachButton).current?.focus();
    returnFocus.current = null;
  }, [open]);

  const close = () => {
    returnFocus.current = open;
    setOpen(null);
  };
  const toggle = (form: "edit" | "detach") => {
    if (open === form) close();
    else setOpen(form);
  };

  return (
    <>
      <tr>
        <td>
          <Link href={`/sources/${source.id}`}>{source.title ?? source.url}</Link>
          {source.publisher ? <div className="cell-sub">{source.publisher}</div> : null}
          {evidence.origin ? (
            <OriginNote origin={evidence.origin} />
          ) : source.repeatsSourceId ? (
            <div className="cell-sub">
              Repeats <Link href={`/sources/${source.repeatsSourceId}`}>another source</Link>
            </div>
          ) : null}
        </td>
        <td className="cell-url">
          <ExternalLink href={source.url} />
        </td>
        <td>{sourceTypeLabel[source.type]}</td>
        <td>
          <ReliabilityBadge grade={source.reliability} />
        </td>
        <EvidenceAssessmentCells evidence={evidence} />
        <td className="cell-text">
          <OrNotRecorded value={evidence.note} />
        </td>
        {canEdit ? (
          <td className="cell-actions">
            <button ref={editButton} type="button" className="button" aria-expanded={open === "edit"} onClick={() => toggle("edit")}>
              Edit<span className="sr-only"> evidence from {sourceName}</span>
            </button>
            <button ref={detachButton} type="button" className="button button-danger-quiet" aria-expanded={open === "detach"} onClick={() => toggle("detach")}>
              Detach<span className="sr-only"> {sourceName}</span>
            </button>
          </td>
        ) : null}
      </tr>
      {canEdit && open === "edit" ? (
        <tr className="edit-row">
          <td colSpan={EVIDENCE_COLUMNS}>
            <EvidenceEditForm
              evidence={evidence}
              name={`Edit evidence from ${sourceName}`}
              onCancel={close}
              onSaved={() => {
                close();
                router.refresh();
              }}
            />
          </td>
        </tr>
      ) : null}
      {canEdit && open === "detach" ? (
        <tr className="edit-row">
          <td colSpan={EVIDENCE_COLUMNS}>
            <DeleteForm
              target={{ kind: "evidence", id: evidence.id }}
              question={`Detach ${sourceName} from this claim? The source itself stays recorded.`}
              confirmLabel="Yes, detach"
              onCancel={close}
            />
          </td>
        </tr>
      ) : null}
    </>
  );
}
