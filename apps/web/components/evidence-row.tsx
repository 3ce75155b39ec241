"use client";
import { useEffect, useRef, useState } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { sourceTypeLabel, type EvidenceStance, type SourceReliability, type SourceType } from "@claimdesk/schemas";
import { ReliabilityBadge } from "./badges";
import { DeleteButton } from "./delete-button";
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
}

export const EVIDENCE_COLUMNS = 9;

/** One source behind a claim, with its Edit (in place, below the row) and Detach buttons. */
export function EvidenceRow({ evidence }: { evidence: EvidenceRowData }) {
  const router = useRouter();
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  const { source } = evidence;
  const sourceName = source.publisher ?? source.title ?? source.url;

  useEffect(() => {
    if (!editing && returnFocus.current) editButton.current?.focus();
  }, [editing]);

  const close = () => {
    returnFocus.current = true;
    setEditing(false);
  };

  return (
    <>
      <tr>
        <td>
          <Link href={`/sources/${source.id}`}>{source.title ?? source.url}</Link>
          {source.publisher ? <div className="cell-sub">{source.publisher}</div> : null}
          {source.repeatsSourceId ? (
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
        <td className="cell-actions">
          <button ref={editButton} type="button" className="button" aria-expanded={editing} onClick={() => setEditing((open) => !open)}>
            Edit<span className="sr-only"> evidence from {sourceName}</span>
          </button>
          <DeleteButton
            target={{ kind: "evidence", id: evidence.id }}
            label="Detach"
            labelDetail={` ${sourceName}`}
            question="Detach this source from the claim?"
            confirmLabel="Yes, detach"
          />
        </td>
      </tr>
      {editing ? (
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
    </>
  );
}
