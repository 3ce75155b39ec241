import type { EvidenceAttachInput, EvidenceStance, EvidenceUpdateInput } from "@claimdesk/schemas";
import { choice, numberOrOmit, textOrNull, textOrOmit } from "./form/form-values";

// The evidence forms: attaching a source to a claim (an existing source or a new one) and editing the link.

export const EVIDENCE_ATTACH_FIELDS = [
  "sourceMode",
  "sourceId",
  "newSource.url",
  "newSource.title",
  "newSource.publisher",
  "newSource.type",
  "newSource.reliability",
  "stance",
  "credibility",
  "excerpt",
  "note",
] as const;
export type EvidenceAttachField = (typeof EVIDENCE_ATTACH_FIELDS)[number];
export type EvidenceAttachValues = Record<EvidenceAttachField, string>;
export type SourceMode = "existing" | "new";

export const evidenceFieldLabels: Record<EvidenceAttachField, string> = {
  sourceMode: "Source to attach",
  sourceId: "Source",
  "newSource.url": "URL",
  "newSource.title": "Title",
  "newSource.publisher": "Publisher",
  "newSource.type": "Type",
  "newSource.reliability": "Reliability",
  stance: "Stance",
  credibility: "Credibility",
  excerpt: "Excerpt",
  note: "Note",
};

export function evidenceAttachValues(sourceMode: SourceMode): EvidenceAttachValues {
  return {
    sourceMode,
    sourceId: "",
    "newSource.url": "",
    "newSource.title": "",
    "newSource.publisher": "",
    "newSource.type": "OTHER",
    "newSource.reliability": "F",
    stance: "",
    credibility: "6",
    excerpt: "",
    note: "",
  };
}

export function evidenceAttachFromValues(claimId: string, sourceId: string, values: EvidenceAttachValues): EvidenceAttachInput {
  return {
    claimId,
    sourceId,
    stance: choice<EvidenceStance>(values.stance),
    credibility: numberOrOmit(values.credibility),
    excerpt: textOrOmit(values.excerpt),
    note: textOrOmit(values.note),
  };
}

export const EVIDENCE_EDIT_FIELDS = ["stance", "credibility", "excerpt", "note"] as const;
export type EvidenceEditField = (typeof EVIDENCE_EDIT_FIELDS)[number];
export type EvidenceEditValues = Record<EvidenceEditField, string>;

export function evidenceEditValues(evidence: { stance: EvidenceStance; credibility: number; excerpt: string | null; note: string | null }): EvidenceEditValues {
  return { stance: evidence.stance, credibility: String(evidence.credibility), excerpt: evidence.excerpt ?? "", note: evidence.note ?? "" };
}

export function evidenceUpdateFromValues(id: string, values: EvidenceEditValues): EvidenceUpdateInput {
  return {
    id,
    stance: choice<EvidenceStance>(values.stance),
    credibility: numberOrOmit(values.credibility),
    excerpt: textOrNull(values.excerpt),
    note: textOrNull(values.note),
  };
}
