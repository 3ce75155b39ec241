import type { Option } from "@/components/form/fields";
import {
  attributionOptions,
  credibilityOptions,
  kindOptions,
  likelihoodOptions,
  metricOptions,
  populationOptions,
  qualifierOptions,
  reliabilityOptions,
  sourceTypeOptions,
  stageOptions,
  stanceOptions,
  verdictOptions,
} from "@/components/form/options";
import { roleOptions } from "@/components/account/role-options";
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

// A stored value reads as the forms offer it: "Confirmed", "B – Usually reliable", "2 – Probably true".
const VALUE_OPTIONS: Record<string, readonly Option[]> = {
  kind: kindOptions,
  stage: stageOptions,
  verdict: verdictOptions,
  "casualty.metric": metricOptions,
  "casualty.population": populationOptions,
  "casualty.qualifier": qualifierOptions,
  "responsibility.attribution": attributionOptions,
  "responsibility.assessment": likelihoodOptions,
  type: sourceTypeOptions,
  reliability: reliabilityOptions,
  stance: stanceOptions,
  credibility: credibilityOptions,
  role: roleOptions,
};

const optionLabel = (field: string, value: string | number): string | undefined =>
  VALUE_OPTIONS[field]?.find((option) => option.value === String(value))?.label;

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * A stored value in words, or null for "nothing". `names` turns ids into names where the page knows them
 * (the people a claim can be assigned to).
 */
export function historyValueWords(field: string, value: unknown, names: Readonly<Record<string, string>> = {}): string | null {
  if (value === null || value === undefined || value === "") return null;
  if (typeof value === "string") {
    const label = optionLabel(field, value);
    if (label) return label;
    if (field.endsWith("Id") && names[value]) return names[value];
    if (ISO_TIME.test(value)) {
      const date = new Date(value);
      if (!Number.isNaN(date.getTime())) return formatDateTime(date);
    }
    return value;
  }
  if (typeof value === "number") {
    const label = optionLabel(field, value);
    if (label) return label;
    return value.toLocaleString("en-GB");
  }
  if (typeof value === "boolean") return value ? "Yes" : "No";
  return JSON.stringify(value);
}
