import type { Prisma } from "@claimdesk/db";

// The shapes the API answers with: explicit selections, never whole rows. The counts beside each row
// (`_count.evidence`, `_count.claims`) are not selected here: page-counts.ts adds them for the rows read.

export const eventSummarySelect = {
  id: true,
  title: true,
  summary: true,
  occurredAt: true,
  location: true,
  houseFigureRule: true,
  createdAt: true,
  updatedAt: true,
} satisfies Prisma.EventSelect;

export const casualtySelect = {
  metric: true,
  population: true,
  qualifier: true,
  min: true,
  max: true,
  asOf: true,
  reportedAs: true,
} satisfies Prisma.CasualtyDetailSelect;

export const responsibilitySelect = {
  actor: true,
  attribution: true,
  channel: true,
  assessment: true,
} satisfies Prisma.ResponsibilityDetailSelect;

export const claimSummarySelect = {
  id: true,
  kind: true,
  text: true,
  claimant: true,
  claimedAt: true,
  stage: true,
  verdict: true,
  version: true,
  recheckAt: true,
  createdAt: true,
  updatedAt: true,
  event: { select: { id: true, title: true } },
  assignee: { select: { id: true, name: true, role: true } },
  casualty: { select: casualtySelect },
  responsibility: { select: responsibilitySelect },
} satisfies Prisma.ClaimSelect;

export const sourceSummarySelect = {
  id: true,
  url: true,
  title: true,
  publisher: true,
  author: true,
  publishedAt: true,
  type: true,
  reliability: true,
  repeatsSourceId: true,
  createdAt: true,
  updatedAt: true,
} satisfies Prisma.SourceSelect;

export const evidenceSelect = {
  id: true,
  claimId: true,
  sourceId: true,
  stance: true,
  excerpt: true,
  credibility: true,
  note: true,
  createdAt: true,
  updatedAt: true,
  source: { select: { id: true, url: true, title: true, publisher: true, type: true, reliability: true, repeatsSourceId: true } },
  claim: { select: { id: true, text: true, kind: true } },
} satisfies Prisma.EvidenceSelect;

/** A claim's own evidence: each item's `claim` is the claim itself, which getClaim fills in rather than reads again. */
const { claim: _claimOfEvidence, ...evidenceOfClaimSelect } = evidenceSelect;

export const claimDetailSelect = {
  ...claimSummarySelect,
  verdictNote: true,
  eventId: true,
  assigneeId: true,
  evidence: { select: evidenceOfClaimSelect, orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
} satisfies Prisma.ClaimSelect;

export const sourceDetailSelect = {
  ...sourceSummarySelect,
  repeatsSource: { select: { id: true, url: true, title: true, publisher: true } },
  repeatedBy: { select: { id: true, url: true, title: true, publisher: true }, orderBy: { createdAt: "asc" } },
  evidence: { select: evidenceSelect, orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
} satisfies Prisma.SourceSelect;
