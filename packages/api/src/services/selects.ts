import type { Prisma } from "@claimdesk/db";

// The shapes the API answers with: explicit selections, never whole rows.

export const eventSummarySelect = {
  id: true,
  title: true,
  summary: true,
  occurredAt: true,
  location: true,
  houseFigureRule: true,
  createdAt: true,
  updatedAt: true,
  _count: { select: { claims: true } },
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
  _count: { select: { evidence: true } },
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
  _count: { select: { evidence: true } },
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

export const claimDetailSelect = {
  ...claimSummarySelect,
  verdictNote: true,
  eventId: true,
  assigneeId: true,
  evidence: { select: evidenceSelect, orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
} satisfies Prisma.ClaimSelect;

export const sourceDetailSelect = {
  ...sourceSummarySelect,
  repeatsSource: { select: { id: true, url: true, title: true, publisher: true } },
  repeatedBy: { select: { id: true, url: true, title: true, publisher: true }, orderBy: { createdAt: "asc" } },
  evidence: { select: evidenceSelect, orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
} satisfies Prisma.SourceSelect;
