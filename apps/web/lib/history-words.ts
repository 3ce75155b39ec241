import {
  attributionLabel,
  casualtyMetricLabel,
  casualtyPopulationLabel,
  claimKindLabel,
  claimStageLabel,
  credibilityLabel,
  evidenceStanceLabel,
  figureQualifierLabel,
  likelihoodLabel,
  roleLabel,
  sourceReliabilityLabel,
  sourceTypeLabel,
  verdictLabel,
} from "@claimdesk/schemas";
import { formatDateTime } from "./format-date";

// A history entry's changed fields in an editor's words: "Minimum (figure): 115 → 133".

const FIELD_LABELS: Record<string, string> = {
  // Claims
  eventId: "Event",
  kind: "Kind",
  text: "Text",
  claimant: "Claimant",
  claimedAt: "Claimed at",
  assigneeId: "Assigned to",
  recheckAt: "Re-check",
  stage: "Stage",
  verdict: "Verdict",
  verdictNote: "Verdict note",
  "casualty.metric": "Metric (figure)",
  "casualty.population": "Population (figure)",
  "casualty.qualifier": "Qualifier (figure)",
  "casualty.min": "Minimum (figure)",
  "casualty.max": "Maximum (figure)",
  "casualty.asOf": "As of (figure)",
  "casualty.reportedAs": "Reported as (figure)",
  "responsibility.actor": "Actor",
  "responsibility.attribution": "Attribution",
  "responsibility.channel": "Channel",
  "responsibility.assessment": "Our assessment",
  // Events
  title: "Title",
  summary: "Summary",
  occurredAt: "Happened at",
  location: "Place",
  // Sources
  url: "URL",
  publisher: "Publisher",
  author: "Author",
  publishedAt: "Published at",
  type: "Type",
  reliability: "Reliability",
  repeatsSourceId: "Repeats source",
  // Evidence
  stance: "Stance",
  excerpt: "Excerpt",
  credibility: "Credibility",
  note: "Note",
  // People
  role: "Role",
  name: "Name",
  email: "Email",
  deactivatedAt: "Deactivated at",
};

/** "casualty.min" -> "Minimum (figure)"; an unknown field in words ("someField" -> "Some field"). */
export function historyFieldLabel(field: string): string {
  const known = FIELD_LABELS[field];
  if (known) return known;
  const words = (field.split(".").at(-1) ?? field).replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const VALUE_LABELS: Record<string, Record<string, string>> = {
  kind: claimKindLabel,
  stage: claimStageLabel,
  verdict: verdictLabel,
  "casualty.metric": casualtyMetricLabel,
  "casualty.population": casualtyPopulationLabel,
  "casualty.qualifier": figureQualifierLabel,
  "responsibility.attribution": attributionLabel,
  "responsibility.assessment": likelihoodLabel,
  type: sourceTypeLabel,
  stance: evidenceStanceLabel,
  role: roleLabel,
};

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * A stored value in words, or null for "nothing". `names` turns ids into names where the page knows them
 * (the people a claim can be assigned to).
 */
export function historyValueWords(field: string, value: unknown, names: Readonly<Record<string, string>> = {}): string | null {
  if (value === null || value === undefined || value === "") return null;
  if (typeof value === "string") {
    const labels = VALUE_LABELS[field];
    if (labels?.[value]) return labels[value];
    if (field === "reliability" && value in sourceReliabilityLabel) return `${value} – ${sourceReliabilityLabel[value as keyof typeof sourceReliabilityLabel]}`;
    if (field.endsWith("Id") && names[value]) return names[value];
    if (ISO_TIME.test(value)) {
      const date = new Date(value);
      if (!Number.isNaN(date.getTime())) return formatDateTime(date);
    }
    return value;
  }
  if (typeof value === "number") {
    if (field === "credibility" && credibilityLabel[value]) return `${value} – ${credibilityLabel[value]}`;
    return value.toLocaleString("en-GB");
  }
  if (typeof value === "boolean") return value ? "Yes" : "No";
  return JSON.stringify(value);
}
