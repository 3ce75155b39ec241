import { describe, expect, it } from "vitest";
import type { Actor } from "@claimdesk/api";
import type { FieldChange, HistoryAction, HistoryEntity } from "@claimdesk/schemas";
import { expectTRPCError } from "./support/assertions";
import { aCasualtyClaim, aSource, aStatementClaim, anEvent, anEvidence, nextNumber } from "./support/builders";
import { isQuery, mutationPaths, procedurePaths, setPassword } from "./support/procedures";
import { useTestDatabase } from "./support/test-database";

// Every change leaves exactly one history entry that says who did what, to which record, from what to what, and
// why; a change that fails leaves none; and nothing, not even raw SQL, can rewrite an entry. The table below
// must name every mutation of the router: a new mutation fails this file until its history is specified. A few
// mutations are several changes in one (an import records a source, claims and evidence) or read only (extraction):
// their cases name every entry, or none, and MULTI_ENTRY lists them so that no other case can stray from one.

const db = useTestDatabase();

interface ExpectedEntry {
  entityType: HistoryEntity;
  action: HistoryAction;
  entityId: string;
  /** The timelines that show the entry; the others must be empty. */
  timelines: { claimId?: string; eventId?: string; sourceId?: string; userId?: string };
  actor: Pick<Actor, "id" | "name" | "role">;
  reason?: string;
  /** Exactly the fields that changed, with their values before and after (dates as ISO strings). */
  changes: FieldChange[];
  /** The entry's sentence, when the case pins it down. */
  summary?: string;
}

/** One entry, or for the mutations in MULTI_ENTRY every entry in the order written (none for one that writes nothing). */
type Expected = ExpectedEntry | ExpectedEntry[];

interface HistoryCase {
  /** Makes what the call needs (its own history is not counted) and returns the call and what its entries must say. */
  prepare(): Promise<{ call: () => Promise<unknown>; expected: (result: unknown) => Expected }>;
}

/** A case whose expectation reads the call's result, typed. */
function historyCase<R>(prepare: () => Promise<{ call: () => Promise<R>; expected: (result: R) => Expected }>): HistoryCase {
  return { prepare: prepare as HistoryCase["prepare"] };
}

/** The mutations that do not write exactly one entry, and why. Every other mutation writes one. */
const MULTI_ENTRY: Record<string, string> = {
  "article.extract": "reads a pasted report and writes nothing",
  "article.import": "records the report as a source (unless known), then each claim and its evidence",
  "claim.delete": "records each evidence item it takes with it as detached, on its source's timeline, then the deletion",
  "claim.markNotDuplicate": "records the mark on each claim's timeline, naming the other",
};

const iso = (date: Date | string | null | undefined) => (date == null ? null : new Date(date).toISOString());
const person = (role: "VIEWER" | "EDITOR" | "REVIEWER" | "ADMIN") => db.users[role];
const editor = () => db.as("EDITOR");
const admin = () => db.as("ADMIN");
const newEmail = () => `history-${nextNumber()}-${Math.random().toString(36).slice(2, 8)}@newsroom.test`;

/** A claim an editor recorded, sourced, researched and sent to review. */
async function claimInReview() {
  const claim = await editor().claim.create(aStatementClaim());
  const source = await editor().source.create(aSource());
  await editor().evidence.attach(anEvidence(claim.id, source.id));
  const researching = await editor().claim.transition({ id: claim.id, version: 1, to: "RESEARCHING" });
  return editor().claim.transition({ id: claim.id, version: researching.version, to: "IN_REVIEW" });
}

async function anEvidenceItem() {
  const claim = await editor().claim.create(aCasualtyClaim());
  const source = await editor().source.create(aSource());
  return editor().evidence.attach(anEvidence(claim.id, source.id));
}

const CASES: Record<string, HistoryCase> = {
  "event.create": historyCase(async () => {
    const input = anEvent({ title: "Attack on Crocus City Hall" });
    return {
      call: () => editor().event.create(input),
      expected: (event) => ({
        entityType: "EVENT",
        action: "CREATE",
        entityId: event.id,
        timelines: { eventId: event.id },
        actor: person("EDITOR"),
        changes: [
          { field: "title", from: null, to: "Attack on Crocus City Hall" },
          { field: "summary", from: null, to: input.summary },
          { field: "occurredAt", from: null, to: iso(input.occurredAt) },
          { field: "location", from: null, to: input.location },
          { field: "houseFigureRule", from: null, to: "CONSERVATIVE" },
        ],
      }),
    };
  }),
  "event.update": historyCase(async () => {
    const event = await editor().event.create(anEvent());
    return {
      call: () => editor().event.update({ id: event.id, title: "Attack on Crocus City Hall", summary: null }),
      expected: () => ({
        entityType: "EVENT",
        action: "UPDATE",
        entityId: event.id,
        timelines: { eventId: event.id },
        actor: person("EDITOR"),
        changes: [
          { field: "title", from: event.title, to: "Attack on Crocus City Hall" },
          { field: "summary", from: event.summary, to: null },
        ],
      }),
    };
  }),
  "event.delete": historyCase(async () => {
    const event = await editor().event.create(anEvent());
    return {
      call: () => editor().event.delete({ id: event.id, reason: "Recorded twice" }),
      expected: () => ({
        entityType: "EVENT",
        action: "DELETE",
        entityId: event.id,
        timelines: { eventId: event.id },
        actor: person("EDITOR"),
        reason: "Recorded twice",
        changes: [
          { field: "title", from: event.title, to: null },
          { field: "summary", from: event.summary, to: null },
          { field: "occurredAt", from: iso(event.occurredAt), to: null },
          { field: "location", from: event.location, to: null },
          { field: "houseFigureRule", from: "CONSERVATIVE", to: null },
        ],
      }),
    };
  }),

  "claim.create": historyCase(async () => {
    const event = await editor().event.create(anEvent());
    const input = aCasualtyClaim({ eventId: event.id });
    return {
      call: () => editor().claim.create(input),
      expected: (claim) => ({
        entityType: "CLAIM",
        action: "CREATE",
        entityId: claim.id,
        timelines: { claimId: claim.id, eventId: event.id },
        actor: person("EDITOR"),
        changes: [
          { field: "eventId", from: null, to: event.id },
          { field: "kind", from: null, to: "CASUALTY_COUNT" },
          { field: "text", from: null, to: input.text },
          { field: "claimant", from: null, to: input.claimant },
          { field: "claimedAt", from: null, to: iso(input.claimedAt) },
          { field: "casualty.metric", from: null, to: "KILLED" },
          { field: "casualty.population", from: null, to: "ALL" },
          { field: "casualty.qualifier", from: null, to: "AT_LEAST" },
          { field: "casualty.min", from: null, to: 133 },
          { field: "casualty.asOf", from: null, to: "2024-03-24T00:00:00.000Z" },
          { field: "casualty.reportedAs", from: null, to: "at least 133" },
        ],
      }),
    };
  }),
  "claim.update": historyCase(async () => {
    const claim = await editor().claim.create(aCasualtyClaim({ casualty: { metric: "KILLED", qualifier: "AT_LEAST", min: 115 } }));
    return {
      call: () =>
        editor().claim.update({ id: claim.id, version: 1, text: "At least 133 people were killed.", casualty: { metric: "KILLED", qualifier: "AT_LEAST", min: 133 } }),
      expected: () => ({
        entityType: "CLAIM",
        action: "UPDATE",
        entityId: claim.id,
        timelines: { claimId: claim.id },
        actor: person("EDITOR"),
        changes: [
          { field: "text", from: claim.text, to: "At least 133 people were killed." },
          { field: "casualty.min", from: 115, to: 133 },
        ],
      }),
    };
  }),
  "claim.delete": historyCase(async () => {
    const event = await editor().event.create(anEvent());
    const claim = await editor().claim.create(aStatementClaim({ eventId: event.id }));
    const source = await editor().source.create(aSource());
    const evidence = await editor().evidence.attach(anEvidence(claim.id, source.id));
    return {
      call: () => editor().claim.delete({ id: claim.id, version: 1, reason: "Recorded twice" }),
      expected: () => [
        {
          entityType: "EVIDENCE",
          action: "DETACH",
          entityId: evidence.id,
          timelines: { claimId: claim.id, sourceId: source.id },
          actor: person("EDITOR"),
          reason: "Recorded twice",
          summary: `detached the source "${source.title}" (the claim was deleted)`,
          changes: [
            { field: "stance", from: "SUPPORTS", to: null },
            { field: "excerpt", from: evidence.excerpt, to: null },
            { field: "credibility", from: evidence.credibility, to: null },
            { field: "note", from: evidence.note, to: null },
          ],
        },
        {
          entityType: "CLAIM",
          action: "DELETE",
          entityId: claim.id,
          timelines: { claimId: claim.id, eventId: event.id },
          actor: person("EDITOR"),
          reason: "Recorded twice",
          changes: [
            { field: "eventId", from: event.id, to: null },
            { field: "kind", from: "STATEMENT", to: null },
            { field: "text", from: claim.text, to: null },
            { field: "claimant", from: claim.claimant, to: null },
            { field: "claimedAt", from: iso(claim.claimedAt), to: null },
          ],
        },
      ],
    };
  }),
  "claim.transition": historyCase(async () => {
    const claim = await claimInReview();
    const note = "The Investigative Committee and two independent wires agree.";
    return {
      call: () => db.as("REVIEWER").claim.transition({ id: claim.id, version: claim.version, to: "CONCLUDED", verdict: "CONFIRMED", note }),
      expected: () => ({
        entityType: "CLAIM",
        action: "TRANSITION",
        entityId: claim.id,
        timelines: { claimId: claim.id },
        actor: person("REVIEWER"),
        reason: note,
        changes: [
          { field: "stage", from: "IN_REVIEW", to: "CONCLUDED" },
          { field: "verdict", from: "UNRATED", to: "CONFIRMED" },
          { field: "verdictNote", from: null, to: note },
        ],
      }),
    };
  }),

  "claim.markNotDuplicate": historyCase(async () => {
    const event = await editor().event.create(anEvent());
    const first = await editor().claim.create(aCasualtyClaim({ eventId: event.id }));
    const again = await editor().claim.create({ ...aCasualtyClaim({ eventId: event.id, claimedAt: new Date("2024-03-24T09:00:00Z") }), allowDuplicate: true });
    const entry = (claim: typeof first, other: typeof first): ExpectedEntry => ({
      entityType: "CLAIM",
      action: "MARK_NOT_DUPLICATE",
      entityId: claim.id,
      timelines: { claimId: claim.id, eventId: event.id },
      actor: person("EDITOR"),
      changes: [{ field: "notDuplicateOf", from: null, to: other.id }],
      summary: `marked it as not a duplicate of the claim "${other.text}"`,
    });
    return { call: () => editor().claim.markNotDuplicate({ id: again.id, otherId: first.id }), expected: () => [entry(again, first), entry(first, again)] };
  }),

  "source.create": historyCase(async () => {
    const input = aSource({ type: "WIRE", reliability: "B" });
    return {
      call: () => editor().source.create(input),
      expected: (source) => ({
        entityType: "SOURCE",
        action: "CREATE",
        entityId: source.id,
        timelines: { sourceId: source.id },
        actor: person("EDITOR"),
        changes: [
          { field: "url", from: null, to: input.url },
          { field: "title", from: null, to: input.title },
          { field: "publisher", from: null, to: input.publisher },
          { field: "author", from: null, to: input.author },
          { field: "publishedAt", from: null, to: iso(input.publishedAt) },
          { field: "type", from: null, to: "WIRE" },
          { field: "reliability", from: null, to: "B" },
        ],
      }),
    };
  }),
  "source.update": historyCase(async () => {
    const source = await editor().source.create(aSource({ reliability: "C" }));
    const original = await editor().source.create(aSource());
    return {
      call: () => editor().source.update({ id: source.id, reliability: "A", author: null, repeatsSourceId: original.id }),
      expected: () => ({
        entityType: "SOURCE",
        action: "UPDATE",
        entityId: source.id,
        timelines: { sourceId: source.id },
        actor: person("EDITOR"),
        changes: [
          { field: "author", from: source.author, to: null },
          { field: "reliability", from: "C", to: "A" },
          { field: "repeatsSourceId", from: null, to: original.id },
        ],
      }),
    };
  }),
  "source.delete": historyCase(async () => {
    const source = await editor().source.create(aSource({ type: "NEWS_REPORT", reliability: "D" }));
    return {
      call: () => editor().source.delete({ id: source.id, reason: "The page was taken down and never archived" }),
      expected: () => ({
        entityType: "SOURCE",
        action: "DELETE",
        entityId: source.id,
        timelines: { sourceId: source.id },
        actor: person("EDITOR"),
        reason: "The page was taken down and never archived",
        changes: [
          { field: "url", from: source.url, to: null },
          { field: "title", from: source.title, to: null },
          { field: "publisher", from: source.publisher, to: null },
          { field: "author", from: source.author, to: null },
          { field: "publishedAt", from: iso(source.publishedAt), to: null },
          { field: "type", from: "NEWS_REPORT", to: null },
          { field: "reliability", from: "D", to: null },
        ],
      }),
    };
  }),

  "evidence.attach": historyCase(async () => {
    const claim = await editor().claim.create(aCasualtyClaim());
    const source = await editor().source.create(aSource());
    const input = anEvidence(claim.id, source.id, { stance: "CONTRADICTS", credibility: 3 });
    return {
      call: () => editor().evidence.attach(input),
      expected: (evidence) => ({
        entityType: "EVIDENCE",
        action: "ATTACH",
        entityId: evidence.id,
        timelines: { claimId: claim.id, sourceId: source.id },
        actor: person("EDITOR"),
        changes: [
          { field: "stance", from: null, to: "CONTRADICTS" },
          { field: "excerpt", from: null, to: input.excerpt },
          { field: "credibility", from: null, to: 3 },
          { field: "note", from: null, to: input.note },
        ],
      }),
    };
  }),
  "evidence.update": historyCase(async () => {
    const evidence = await anEvidenceItem();
    return {
      call: () => editor().evidence.update({ id: evidence.id, stance: "CONTEXT", credibility: 4, excerpt: null }),
      expected: () => ({
        entityType: "EVIDENCE",
        action: "UPDATE",
        entityId: evidence.id,
        timelines: { claimId: evidence.claimId, sourceId: evidence.sourceId },
        actor: person("EDITOR"),
        changes: [
          { field: "stance", from: "SUPPORTS", to: "CONTEXT" },
          { field: "excerpt", from: evidence.excerpt, to: null },
          { field: "credibility", from: 2, to: 4 },
        ],
      }),
    };
  }),
  "evidence.detach": historyCase(async () => {
    const evidence = await anEvidenceItem();
    return {
      call: () => editor().evidence.detach({ id: evidence.id, reason: "The outlet only repeats the wire" }),
      expected: () => ({
        entityType: "EVIDENCE",
        action: "DETACH",
        entityId: evidence.id,
        timelines: { claimId: evidence.claimId, sourceId: evidence.sourceId },
        actor: person("EDITOR"),
        reason: "The outlet only repeats the wire",
        changes: [
          { field: "stance", from: "SUPPORTS", to: null },
          { field: "excerpt", from: evidence.excerpt, to: null },
          { field: "credibility", from: 2, to: null },
          { field: "note", from: evidence.note, to: null },
        ],
      }),
    };
  }),

  "comment.create": historyCase(async () => {
    const claim = await editor().claim.create(aCasualtyClaim());
    const text = "The 115 figure predates the second search of the building.";
    return {
      call: () => db.as("REVIEWER").comment.create({ claimId: claim.id, text }),
      expected: (comment) => ({
        entityType: "COMMENT",
        action: "CREATE",
        entityId: comment.id,
        timelines: { claimId: claim.id },
        actor: person("REVIEWER"),
        changes: [{ field: "text", from: null, to: text }],
      }),
    };
  }),

  "user.invite": historyCase(async () => {
    const email = newEmail();
    return {
      call: () => admin().user.invite({ email, name: "Nadia Reporter", role: "EDITOR" }),
      expected: ({ user }) => ({
        entityType: "USER",
        action: "INVITE",
        entityId: user.id,
        timelines: { userId: user.id },
        actor: person("ADMIN"),
        changes: [
          { field: "email", from: null, to: email },
          { field: "name", from: null, to: "Nadia Reporter" },
          { field: "role", from: null, to: "EDITOR" },
        ],
      }),
    };
  }),
  "user.reinvite": historyCase(async () => {
    // Invited, never accepted (the harness gives people no password).
    const someone = await db.newUser("EDITOR", "Lost Link");
    return {
      call: () => admin().user.reinvite({ id: someone.id }),
      expected: () => ({
        entityType: "USER",
        action: "INVITE",
        entityId: someone.id,
        timelines: { userId: someone.id },
        actor: person("ADMIN"),
        changes: [],
      }),
    };
  }),
  "user.setRole": historyCase(async () => {
    const someone = await db.newUser("VIEWER", "Promoted Person");
    return {
      call: () => admin().user.setRole({ id: someone.id, role: "EDITOR", reason: "Joined the verification desk" }),
      expected: () => ({
        entityType: "USER",
        action: "CHANGE_ROLE",
        entityId: someone.id,
        timelines: { userId: someone.id },
        actor: person("ADMIN"),
        reason: "Joined the verification desk",
        changes: [{ field: "role", from: "VIEWER", to: "EDITOR" }],
      }),
    };
  }),
  "user.deactivate": historyCase(async () => {
    const someone = await db.newUser("EDITOR", "Departing Editor");
    return {
      call: () => admin().user.deactivate({ id: someone.id, reason: "Left the newsroom" }),
      expected: (user) => ({
        entityType: "USER",
        action: "DEACTIVATE",
        entityId: someone.id,
        timelines: { userId: someone.id },
        actor: person("ADMIN"),
        reason: "Left the newsroom",
        changes: [{ field: "deactivatedAt", from: null, to: iso(user.deactivatedAt) }],
      }),
    };
  }),
  "user.reactivate": historyCase(async () => {
    const someone = await db.newUser("EDITOR", "Returning Editor");
    const deactivated = await admin().user.deactivate({ id: someone.id, reason: "On leave" });
    return {
      call: () => admin().user.reactivate({ id: someone.id, reason: "Back from leave" }),
      expected: () => ({
        entityType: "USER",
        action: "REACTIVATE",
        entityId: someone.id,
        timelines: { userId: someone.id },
        actor: person("ADMIN"),
        reason: "Back from leave",
        changes: [{ field: "deactivatedAt", from: iso(deactivated.deactivatedAt), to: null }],
      }),
    };
  }),

  "article.extract": historyCase(async () => {
    const known = await editor().source.create(aSource());
    return {
      call: () => editor().article.extract({ text: "At least 133 people were killed, investigators said on Saturday.", url: known.url }),
      expected: () => [],
    };
  }),
  "article.import": historyCase(async () => {
    const event = await editor().event.create(anEvent());
    const url = aSource().url;
    const figure = aCasualtyClaim();
    const statement = aStatementClaim();
    const excerpts = ["The number of people killed has risen to 133.", "The group planned some 21 attacks in nine countries over the past year."];
    return {
      call: () =>
        editor().article.import({
          url,
          title: "Death toll in concert hall attack rises",
          publisher: "Example Wire",
          publishedAt: new Date("2024-03-23T06:10:00Z"),
          type: "WIRE",
          reliability: "B",
          eventId: event.id,
          claims: [
            { claim: figure, excerpt: excerpts[0]! },
            { claim: statement, excerpt: excerpts[1]! },
          ],
        }),
      expected: ({ source, claims: [first, second] }) => {
        const claimEntry = (id: string, changes: FieldChange[], summary: string): ExpectedEntry => ({
          entityType: "CLAIM",
          action: "CREATE",
          entityId: id,
          timelines: { claimId: id, eventId: event.id },
          actor: person("EDITOR"),
          summary,
          changes: [{ field: "eventId", from: null, to: event.id }, ...changes],
        });
        const evidenceEntry = (claimId: string, evidenceId: string, excerpt: string): ExpectedEntry => ({
          entityType: "EVIDENCE",
          action: "ATTACH",
          entityId: evidenceId,
          timelines: { claimId, sourceId: source.id },
          actor: person("EDITOR"),
          changes: [
            { field: "stance", from: null, to: "SUPPORTS" },
            { field: "excerpt", from: null, to: excerpt },
            // Nobody has judged the excerpt's credibility yet: 6, "cannot be judged".
            { field: "credibility", from: null, to: 6 },
          ],
        });
        return [
          {
            entityType: "SOURCE",
            action: "CREATE",
            entityId: source.id,
            timelines: { sourceId: source.id },
            actor: person("EDITOR"),
            changes: [
              { field: "url", from: null, to: url },
              { field: "title", from: null, to: "Death toll in concert hall attack rises" },
              { field: "publisher", from: null, to: "Example Wire" },
              { field: "publishedAt", from: null, to: "2024-03-23T06:10:00.000Z" },
              { field: "type", from: null, to: "WIRE" },
              { field: "reliability", from: null, to: "B" },
            ],
          },
          claimEntry(
            first!.id,
            [
              { field: "kind", from: null, to: "CASUALTY_COUNT" },
              { field: "text", from: null, to: figure.text },
              { field: "claimant", from: null, to: figure.claimant },
              { field: "claimedAt", from: null, to: iso(figure.claimedAt) },
              { field: "casualty.metric", from: null, to: "KILLED" },
              { field: "casualty.population", from: null, to: "ALL" },
              { field: "casualty.qualifier", from: null, to: "AT_LEAST" },
              { field: "casualty.min", from: null, to: 133 },
              { field: "casualty.asOf", from: null, to: "2024-03-24T00:00:00.000Z" },
              { field: "casualty.reportedAs", from: null, to: "at least 133" },
            ],
            'recorded the claim "at least 133 killed" from the report "Death toll in concert hall attack rises"',
          ),
          evidenceEntry(first!.id, first!.evidenceId!, excerpts[0]!),
          claimEntry(
            second!.id,
            [
              { field: "kind", from: null, to: "STATEMENT" },
              { field: "text", from: null, to: statement.text },
              { field: "claimant", from: null, to: statement.claimant },
              { field: "claimedAt", from: null, to: iso(statement.claimedAt) },
            ],
            `recorded the claim "${statement.text}" from the report "Death toll in concert hall attack rises"`,
          ),
          evidenceEntry(second!.id, second!.evidenceId!, excerpts[1]!),
        ];
      },
    };
  }),

  "account.changePassword": historyCase(async () => {
    const me = person("EDITOR");
    const currentPassword = `current-password-${nextNumber()}`;
    await setPassword(db, me.id, currentPassword);
    return {
      call: () => editor().account.changePassword({ currentPassword, newPassword: `new-password-${nextNumber()}` }),
      expected: () => ({
        entityType: "USER",
        action: "CHANGE_PASSWORD",
        entityId: me.id,
        timelines: { userId: me.id },
        actor: me,
        // What a password was or became is never history.
        changes: [],
      }),
    };
  }),
  "account.acceptInvitation": historyCase(async () => {
    const { user, invitationPath } = await admin().user.invite({ email: newEmail(), name: "Invited Reporter", role: "REVIEWER" });
    const token = invitationPath.split("/").at(-1)!;
    return {
      // Signed out: the invited person acts for themselves.
      call: () => db.as(null).account.acceptInvitation({ token, password: "a long enough password" }),
      expected: () => ({
        entityType: "USER",
        action: "ACCEPT_INVITATION",
        entityId: user.id,
        timelines: { userId: user.id },
        actor: { id: user.id, name: "Invited Reporter", role: "REVIEWER" },
        changes: [],
      }),
    };
  }),
};

const latestSeq = async () => (await db.prisma.historyEntry.aggregate({ _max: { seq: true } }))._max.seq ?? 0;
const entriesAfter = (seq: number) => db.prisma.historyEntry.findMany({ where: { seq: { gt: seq } }, orderBy: { seq: "asc" } });
type StoredEntry = Awaited<ReturnType<typeof entriesAfter>>[number];

const byField = (changes: FieldChange[]) => [...changes].sort((a, b) => a.field.localeCompare(b.field));

/** The entry says what `expected` says, and shows on exactly the timelines it names, as the API reads them. */
async function expectEntry(entry: StoredEntry, expected: ExpectedEntry, window: { from: Date; to: Date }): Promise<void> {
  expect(entry).toMatchObject({
    entityType: expected.entityType,
    action: expected.action,
    entityId: expected.entityId,
    claimId: expected.timelines.claimId ?? null,
    eventId: expected.timelines.eventId ?? null,
    sourceId: expected.timelines.sourceId ?? null,
    userId: expected.timelines.userId ?? null,
    actorId: expected.actor.id,
    actorName: expected.actor.name,
    actorRole: expected.actor.role,
    reason: expected.reason ?? null,
    override: false,
  });
  expect(byField(entry.changes as unknown as FieldChange[])).toEqual(byField(expected.changes));
  expect(entry.summary.trim().length, "an entry without a readable summary").toBeGreaterThan(5);
  if (expected.summary !== undefined) expect(entry.summary).toBe(expected.summary);
  expect(entry.at.getTime()).toBeGreaterThanOrEqual(window.from.getTime() - 5_000);
  expect(entry.at.getTime()).toBeLessThanOrEqual(window.to.getTime() + 5_000);

  const viewer = db.as("VIEWER");
  const { claimId, eventId, sourceId, userId } = expected.timelines;
  const timelines = [
    claimId && viewer.history.list({ claimId, limit: 500 }),
    eventId && viewer.history.list({ eventId, limit: 500 }),
    sourceId && viewer.history.list({ sourceId, limit: 500 }),
    userId && admin().user.history({ id: userId, limit: 500 }),
  ];
  for (const timeline of timelines) {
    if (!timeline) continue;
    expect((await timeline).items.map((item) => item.id)).toContain(entry.id);
  }
}

describe("the history table", () => {
  it("covers every mutation of the router", () => {
    expect(Object.keys(CASES).sort()).toEqual(mutationPaths);
    expect(mutationPaths.length).toBeGreaterThanOrEqual(20);
  });

  it("lets only the mutations it lists write other than one entry, and lists only mutations", () => {
    expect(Object.keys(MULTI_ENTRY).sort()).toEqual(["article.extract", "article.import", "claim.delete", "claim.markNotDuplicate"]);
    for (const path of Object.keys(MULTI_ENTRY)) expect(mutationPaths).toContain(path);
  });
});

describe.each(mutationPaths)("%s", (path) => {
  const title = MULTI_ENTRY[path] ? `writes the entries its case names (it ${MULTI_ENTRY[path]})` : "writes exactly one history entry";
  it(`${title}, with who, what, which fields from what to what, and why`, async () => {
    const historyCase = CASES[path];
    if (!historyCase) throw new Error(`${path} is not in the history table: say what history it writes`);
    const { call, expected } = await historyCase.prepare();

    const seq = await latestSeq();
    const from = new Date();
    const result = await call();
    const to = new Date();

    const written = await entriesAfter(seq);
    const expectedEntries = expected(result);
    if (!MULTI_ENTRY[path]) expect(Array.isArray(expectedEntries), `${path} must write exactly one entry, or be listed in MULTI_ENTRY`).toBe(false);
    const entries = Array.isArray(expectedEntries) ? expectedEntries : [expectedEntries];
    expect(written.map((entry) => `${entry.entityType} ${entry.action}`), "entries written by one call").toEqual(
      entries.map((entry) => `${entry.entityType} ${entry.action}`),
    );
    for (const [index, entry] of entries.entries()) await expectEntry(written[index]!, entry, { from, to });
  });
});

describe("event.update of the house figure rule", () => {
  it("writes one entry that names both rules in words", async () => {
    const event = await editor().event.create(anEvent());
    const seq = await latestSeq();
    const from = new Date();
    await editor().event.update({ id: event.id, houseFigureRule: "RANGE" });
    await editor().event.update({ id: event.id, houseFigureRule: "LATEST_OFFICIAL", location: "Krasnogorsk" });
    const to = new Date();

    const written = await entriesAfter(seq);
    expect(written).toHaveLength(2);
    await expectEntry(written[0]!, {
      entityType: "EVENT",
      action: "UPDATE",
      entityId: event.id,
      timelines: { eventId: event.id },
      actor: person("EDITOR"),
      summary: "changed the house figure rule from Conservative to Range",
      changes: [{ field: "houseFigureRule", from: "CONSERVATIVE", to: "RANGE" }],
    }, { from, to });
    await expectEntry(written[1]!, {
      entityType: "EVENT",
      action: "UPDATE",
      entityId: event.id,
      timelines: { eventId: event.id },
      actor: person("EDITOR"),
      summary: 'changed the location from "Krasnogorsk, Moscow Oblast" to "Krasnogorsk" and changed the house figure rule from Range to Latest official',
      changes: [
        { field: "location", from: "Krasnogorsk, Moscow Oblast", to: "Krasnogorsk" },
        { field: "houseFigureRule", from: "RANGE", to: "LATEST_OFFICIAL" },
      ],
    }, { from, to });
  });
});

describe("evidence.attach with a new source", () => {
  it("writes two entries: the source's creation, then the attachment", async () => {
    const claim = await editor().claim.create(aCasualtyClaim());
    const newSource = aSource({ type: "OFFICIAL_STATEMENT", reliability: "A" });

    const seq = await latestSeq();
    const from = new Date();
    const evidence = await editor().evidence.attach({ claimId: claim.id, source: newSource, stance: "SUPPORTS", credibility: 2 });
    const to = new Date();

    const written = await entriesAfter(seq);
    expect(written.map((entry) => `${entry.entityType} ${entry.action}`)).toEqual(["SOURCE CREATE", "EVIDENCE ATTACH"]);
    await expectEntry(written[0]!, {
      entityType: "SOURCE",
      action: "CREATE",
      entityId: evidence.sourceId,
      timelines: { sourceId: evidence.sourceId },
      actor: person("EDITOR"),
      changes: [
        { field: "url", from: null, to: newSource.url },
        { field: "title", from: null, to: newSource.title },
        { field: "publisher", from: null, to: newSource.publisher },
        { field: "author", from: null, to: newSource.author },
        { field: "publishedAt", from: null, to: iso(newSource.publishedAt) },
        { field: "type", from: null, to: "OFFICIAL_STATEMENT" },
        { field: "reliability", from: null, to: "A" },
      ],
    }, { from, to });
    await expectEntry(written[1]!, {
      entityType: "EVIDENCE",
      action: "ATTACH",
      entityId: evidence.id,
      timelines: { claimId: claim.id, sourceId: evidence.sourceId },
      actor: person("EDITOR"),
      changes: [
        { field: "stance", from: null, to: "SUPPORTS" },
        { field: "credibility", from: null, to: 2 },
      ],
    }, { from, to });
  });
});

describe("a change that fails", () => {
  /** Runs a call that must be refused with `code` and checks that no history entry appeared. */
  async function refusedWithoutTrace(call: () => Promise<unknown>, code: Parameters<typeof expectTRPCError>[1]) {
    // The call starts only after the last entry is known (and its refusal is awaited at once).
    const seq = await latestSeq();
    await expectTRPCError(call(), code);
    expect((await entriesAfter(seq)).map((entry) => `${entry.entityType} ${entry.action}: ${entry.summary}`)).toEqual([]);
  }

  it("a claim saved from a stale version leaves no entry", async () => {
    const claim = await editor().claim.create(aStatementClaim());
    await editor().claim.update({ id: claim.id, version: 1, text: "Saved first" });
    await refusedWithoutTrace(() => editor().claim.update({ id: claim.id, version: 1, text: "Saved second" }), "CONFLICT");
    await refusedWithoutTrace(() => editor().claim.delete({ id: claim.id, version: 1, reason: "Stale" }), "CONFLICT");
  });

  it("deleting a source still used as evidence, or an event that still has claims, leaves no entry", async () => {
    const evidence = await anEvidenceItem();
    await refusedWithoutTrace(() => editor().source.delete({ id: evidence.sourceId, reason: "Duplicate" }), "CONFLICT");
    const event = await editor().event.create(anEvent());
    await editor().claim.create(aStatementClaim({ eventId: event.id }));
    await refusedWithoutTrace(() => editor().event.delete({ id: event.id, reason: "Duplicate" }), "CONFLICT");
  });

  it("a refused transition leaves no entry: a move the workflow does not have, a stale version, an editor concluding, the four-eyes rule", async () => {
    const fresh = await editor().claim.create(aStatementClaim());
    await refusedWithoutTrace(() => editor().claim.transition({ id: fresh.id, version: 1, to: "IN_REVIEW" }), "BAD_REQUEST");
    await refusedWithoutTrace(() => editor().claim.transition({ id: fresh.id, version: 2, to: "RESEARCHING" }), "CONFLICT");

    const inReview = await claimInReview();
    const conclusion = { id: inReview.id, version: inReview.version, to: "CONCLUDED", verdict: "CONFIRMED", note: "Agreed by two wires." } as const;
    await refusedWithoutTrace(() => editor().claim.transition(conclusion), "FORBIDDEN");

    // A reviewer who alone researched a claim may not conclude it.
    const reviewer = db.as("REVIEWER");
    const own = await reviewer.claim.create(aStatementClaim());
    const source = await reviewer.source.create(aSource());
    await reviewer.evidence.attach(anEvidence(own.id, source.id));
    const researching = await reviewer.claim.transition({ id: own.id, version: 1, to: "RESEARCHING" });
    const ownInReview = await reviewer.claim.transition({ id: own.id, version: researching.version, to: "IN_REVIEW" });
    await refusedWithoutTrace(() => reviewer.claim.transition({ ...conclusion, id: own.id, version: ownInReview.version }), "FORBIDDEN");

    expect((await db.api.claim.get({ id: inReview.id })).stage).toBe("IN_REVIEW");
    expect((await db.api.claim.get({ id: own.id })).stage).toBe("IN_REVIEW");
  });

  it("attaching a new source to a claim that does not exist leaves neither the source nor any entry", async () => {
    const sources = await db.prisma.source.count();
    await refusedWithoutTrace(() => editor().evidence.attach({ claimId: "no-such-claim", source: aSource(), stance: "SUPPORTS" }), "BAD_REQUEST");
    expect(await db.prisma.source.count()).toBe(sources);
    const evidence = await anEvidenceItem();
    await refusedWithoutTrace(() => editor().evidence.attach(anEvidence(evidence.claimId, evidence.sourceId)), "CONFLICT");
  });

  it("refused changes to people and passwords leave no entry", async () => {
    // The only admin cannot lose the role, nor deactivate themselves.
    expect(await db.prisma.user.count({ where: { role: "ADMIN", deactivatedAt: null } })).toBe(1);
    await refusedWithoutTrace(() => admin().user.setRole({ id: person("ADMIN").id, role: "EDITOR" }), "CONFLICT");
    await refusedWithoutTrace(() => admin().user.deactivate({ id: person("ADMIN").id }), "FORBIDDEN");
    const { email } = await db.prisma.user.findUniqueOrThrow({ where: { id: person("EDITOR").id } });
    await refusedWithoutTrace(() => admin().user.invite({ email, name: "Again", role: "EDITOR" }), "CONFLICT");

    await setPassword(db, person("VIEWER").id, "the right password");
    await refusedWithoutTrace(() => db.as("VIEWER").account.changePassword({ currentPassword: "a wrong password", newPassword: "whatever new password" }), "BAD_REQUEST");

    const { invitationPath } = await admin().user.invite({ email: newEmail(), name: "Twice Invited", role: "EDITOR" });
    const token = invitationPath.split("/").at(-1)!;
    await db.as(null).account.acceptInvitation({ token, password: "a long enough password" });
    await refusedWithoutTrace(() => db.as(null).account.acceptInvitation({ token, password: "another long password" }), "BAD_REQUEST");
  });

  it("an import whose second claim names an event that does not exist leaves no entry, not even the first claim's or the source's", async () => {
    const sources = await db.prisma.source.count();
    await refusedWithoutTrace(
      () =>
        editor().article.import({
          url: aSource().url,
          claims: [
            { claim: aCasualtyClaim(), excerpt: "The number of people killed has risen to 133." },
            { claim: aStatementClaim({ eventId: "no-such-event" }), excerpt: "The group planned some 21 attacks." },
          ],
        }),
      "BAD_REQUEST",
    );
    expect(await db.prisma.source.count()).toBe(sources);
  });

  it("a comment on a claim that does not exist, and a deletion without a reason, leave no entry", async () => {
    await refusedWithoutTrace(() => editor().comment.create({ claimId: "no-such-claim", text: "Hello" }), "BAD_REQUEST");
    const claim = await editor().claim.create(aStatementClaim());
    await refusedWithoutTrace(() => editor().claim.delete({ id: claim.id, reason: "" }), "BAD_REQUEST");
  });
});

describe("a save that changes nothing", () => {
  it("writes no entry", async () => {
    const claim = await editor().claim.create(aStatementClaim());
    const event = await editor().event.create(anEvent());
    const source = await editor().source.create(aSource());
    const evidence = await editor().evidence.attach(anEvidence(claim.id, source.id));
    const someone = await db.newUser("EDITOR", "Unchanged Editor");
    const figure = await editor().claim.create(aCasualtyClaim({ casualty: { metric: "KILLED", qualifier: "AT_LEAST", min: 133, reportedAs: "at least 133" } }));

    const seq = await latestSeq();
    expect((await editor().claim.update({ id: claim.id, version: 1, text: claim.text })).version).toBe(1);
    const sameFigure = { metric: "KILLED", population: "ALL", qualifier: "AT_LEAST", min: 133, reportedAs: "at least 133" } as const;
    expect((await editor().claim.update({ id: figure.id, version: 1, text: figure.text, casualty: sameFigure })).version).toBe(1);
    await editor().event.update({ id: event.id, title: event.title });
    await editor().source.update({ id: source.id, reliability: source.reliability });
    await editor().evidence.update({ id: evidence.id, stance: evidence.stance });
    await admin().user.setRole({ id: someone.id, role: "EDITOR" });
    await admin().user.reactivate({ id: someone.id });
    expect(await entriesAfter(seq)).toEqual([]);
  });
});

describe("history cannot be rewritten", () => {
  async function anEntry() {
    const claim = await editor().claim.create(aStatementClaim());
    return db.prisma.historyEntry.findFirstOrThrow({ where: { claimId: claim.id } });
  }

  it("not by raw SQL: UPDATE, DELETE and TRUNCATE are refused by the database", async () => {
    const entry = await anEntry();
    const count = await db.prisma.historyEntry.count();
    const statements = [
      `UPDATE "HistoryEntry" SET "summary" = 'nothing happened' WHERE "id" = '${entry.id}'`,
      `UPDATE "HistoryEntry" SET "actorName" = 'Someone else'`,
      `DELETE FROM "HistoryEntry" WHERE "id" = '${entry.id}'`,
      `DELETE FROM "HistoryEntry"`,
      `TRUNCATE "HistoryEntry"`,
    ];
    for (const sql of statements) {
      await expect(db.prisma.$executeRawUnsafe(sql), sql).rejects.toThrow(/History entries cannot be changed or deleted/);
    }
    expect(await db.prisma.historyEntry.findUniqueOrThrow({ where: { id: entry.id } })).toEqual(entry);
    expect(await db.prisma.historyEntry.count()).toBe(count);
  });

  it("not through the database client either", async () => {
    const entry = await anEntry();
    await expect(db.prisma.historyEntry.update({ where: { id: entry.id }, data: { summary: "rewritten" } })).rejects.toThrow(/cannot be changed or deleted/);
    await expect(db.prisma.historyEntry.delete({ where: { id: entry.id } })).rejects.toThrow(/cannot be changed or deleted/);
    await expect(db.prisma.historyEntry.deleteMany({})).rejects.toThrow(/cannot be changed or deleted/);
    expect(await db.prisma.historyEntry.findUniqueOrThrow({ where: { id: entry.id } })).toEqual(entry);
  });

  it("and no procedure of the API edits or deletes it: history has only `list`, and every history procedure is a read", () => {
    expect(procedurePaths.filter((path) => path.startsWith("history."))).toEqual(["history.list"]);
    const aboutHistory = procedurePaths.filter((path) => /history/i.test(path));
    expect(aboutHistory.length).toBeGreaterThan(0);
    for (const path of aboutHistory) expect(isQuery(path), `${path} must only read`).toBe(true);
    expect(mutationPaths.filter((path) => /history|entr(y|ies)|timeline|audit/i.test(path))).toEqual([]);
  });

  it("deleting a claim keeps its whole timeline, ending with the deletion and its reason", async () => {
    const claim = await editor().claim.create(aStatementClaim());
    const source = await editor().source.create(aSource());
    await editor().evidence.attach(anEvidence(claim.id, source.id));
    await editor().claim.update({ id: claim.id, version: 1, claimant: "Interior ministry" });
    await editor().claim.delete({ id: claim.id, reason: "Merged into the ministry's later claim" });

    const { items } = await db.as("VIEWER").history.list({ claimId: claim.id });
    expect(items.map((entry) => `${entry.entityType} ${entry.action}`)).toEqual(["CLAIM CREATE", "EVIDENCE ATTACH", "CLAIM UPDATE", "EVIDENCE DETACH", "CLAIM DELETE"]);
    expect(items.at(-1)).toMatchObject({ reason: "Merged into the ministry's later claim", actorName: person("EDITOR").name });
    // The source's timeline ends with it no longer being evidence, and why.
    const sourceTimeline = await db.as("VIEWER").history.list({ sourceId: source.id });
    expect(sourceTimeline.items.map((entry) => `${entry.entityType} ${entry.action}`)).toEqual(["SOURCE CREATE", "EVIDENCE ATTACH", "EVIDENCE DETACH"]);
    expect(sourceTimeline.items.at(-1)).toMatchObject({ reason: "Merged into the ministry's later claim" });
  });

  it("a later role change does not rewrite who someone was when they acted", async () => {
    const someone = await db.newUser("EDITOR", "Later Promoted");
    const claim = await db.as(someone).claim.create(aStatementClaim());
    await admin().user.setRole({ id: someone.id, role: "REVIEWER", reason: "Promoted" });
    await db.as({ ...someone, role: "REVIEWER" }).claim.update({ id: claim.id, version: 1, claimant: "Police" });

    const { items } = await db.api.history.list({ claimId: claim.id });
    expect(items.map((entry) => [entry.action, entry.actorName, entry.actorRole])).toEqual([
      ["CREATE", "Later Promoted", "EDITOR"],
      ["UPDATE", "Later Promoted", "REVIEWER"],
    ]);
  });
});

describe("the timeline reads as sentences", () => {
  it("says how a casualty figure moved: from at least 115 killed to at least 133 killed", async () => {
    const claim = await editor().claim.create(aCasualtyClaim({ casualty: { metric: "KILLED", qualifier: "AT_LEAST", min: 115 } }));
    await editor().claim.update({ id: claim.id, version: 1, casualty: { metric: "KILLED", qualifier: "AT_LEAST", min: 133 } });

    const { items } = await db.as("VIEWER").history.list({ claimId: claim.id });
    expect(items.map((entry) => entry.action)).toEqual(["CREATE", "UPDATE"]);
    expect(items[0]!.summary).toBe('recorded the claim "at least 115 killed"');
    expect(items[1]).toMatchObject({
      summary: "changed the figure from at least 115 killed to at least 133 killed",
      actorName: person("EDITOR").name,
      actorRole: "EDITOR",
      changes: [{ field: "casualty.min", from: 115, to: 133 }],
    });
  });

  it("says every change its list shows: the words as reported are not 'saved it without changes'", async () => {
    const claim = await editor().claim.create(aCasualtyClaim({ casualty: { metric: "KILLED", qualifier: "EXACT", min: 137, reportedAs: "137" } }));
    await editor().claim.update({ id: claim.id, version: 1, casualty: { metric: "KILLED", qualifier: "EXACT", min: 137, reportedAs: "137 (editor tab)" } });

    const update = (await db.api.history.list({ claimId: claim.id })).items.at(-1)!;
    expect(update).toMatchObject({
      action: "UPDATE",
      summary: 'changed the words as reported from "137" to "137 (editor tab)"',
      changes: [{ field: "casualty.reportedAs", from: "137", to: "137 (editor tab)" }],
    });
  });

  it("says each change of a figure that its words do not show, one field at a time", async () => {
    const figure = { metric: "KILLED", population: "ALL", qualifier: "AT_LEAST", min: 40, reportedAs: "at least 40", asOf: new Date("2024-03-22T20:00:00Z") } as const;
    const edits: Array<Partial<Record<keyof typeof figure, unknown>>> = [
      { population: "OTHER" }, // "people" either way: the figure's words stay the same
      { reportedAs: "at least forty" },
      { asOf: new Date("2024-03-22T21:00:00Z") },
      { min: 60 },
    ];
    for (const edit of edits) {
      const claim = await editor().claim.create(aCasualtyClaim({ casualty: figure }));
      await editor().claim.update({ id: claim.id, version: 1, casualty: { ...figure, ...edit } as typeof figure });
      const update = (await db.api.history.list({ claimId: claim.id })).items.at(-1)!;
      expect(update.action, JSON.stringify(edit)).toBe("UPDATE");
      expect(update.changes, JSON.stringify(edit)).toHaveLength(1);
      expect(update.summary, JSON.stringify(edit)).not.toBe("saved it without changes");
      expect(update.summary, JSON.stringify(edit)).toMatch(/figure|population|words as reported|as-of time/);
    }
  });

  it("says what a reviewer concluded and why, and that reopening keeps the earlier verdict on record", async () => {
    const claim = await claimInReview();
    const note = "The Investigative Committee and two independent wires agree.";
    const concluded = await db.as("REVIEWER").claim.transition({ id: claim.id, version: claim.version, to: "CONCLUDED", verdict: "CONFIRMED", note });
    await db.as("REVIEWER").claim.transition({ id: claim.id, version: concluded.version, to: "RESEARCHING" });

    const moves = (await db.api.history.list({ claimId: claim.id })).items.filter((entry) => entry.action === "TRANSITION");
    expect(moves.map((entry) => entry.summary)).toEqual([
      "started research on it",
      "sent it to review",
      `concluded it CONFIRMED: ${note}`,
      expect.stringMatching(/^reopened it \(it was concluded CONFIRMED\)/),
    ]);
    expect(moves.at(-1)!.changes).toContainEqual({ field: "stage", from: "CONCLUDED", to: "RESEARCHING" });
  });
});
