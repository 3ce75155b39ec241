import type { EvidenceAttachInput, EvidenceStance, EvidenceUpdateInput } from "@claimdesk/schemas";
import { choice, numberOrOmit, textOrNull, textOrOmit } from "./form/form-values";
import { sourceCreateFromValues } from "./source-form-values";

// The evidence forms: attaching a source to a claim (an existing source or a new one) and editing the link.

export const EVIDENCE_ATTACH_FIELDS = [
  "sourceMode",
  "sourceId",
  "source.url",
  "source.title",
  "source.publisher",
  "source.type",
  "source.reliability",
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
  "source.url": "URL",
  "source.title": "Title",
  "source.publisher": "Publisher",
  "source.type": "Type",
  "source.reliability": "Reliability",
  stance: "Stance",
  credibility: "Credibility",
  excerpt: "Excerpt",
  note: "Note",
};

export function evidenceAttachValues(sourceMode: SourceMode): EvidenceAttachValues {
  return {
    sourceMode,
    sourceId: "",
    "source.url": "",
    "source.title": "",
    "source.publisher": "",
    "source.type": "OTHER",
    "source.reliability": "F",
    stance: "",
    credibility: "6",
    excerpt: "",
    note: "",
  };
}

/** The attach input: the chosen source, or a new one recorded with the link in one step. */
export function evidenceAttachFromValues(claimId: string, values: EvidenceAttachValues): EvidenceAttachInput {
  const details = {
    claimId,
    stance: choice<EvidenceStance>(values.stance),
    credibility: numberOrOmit(values.credibility),
    excerpt: textOrOmit(values.excerpt),
    note: textOrOmit(values.note),
  };
  if (values.sourceMode === "existing") return { ...details, sourceId: textOrOmit(values.sourceId) };
  return {
    ...details,
    source: sourceCreateFromValues({
      url: values["source.url"],
      title: values["source.title"],
      publisher: values["source.publisher"],
      type: values["source.type"],
      reliability: values["source.reliability"],
    }),
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
