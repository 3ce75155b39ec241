import { describe, expect, it } from "vitest";
import type { RouterInputs, RouterOutputs } from "@claimdesk/api";
import { aCasualtyClaim, aSource, anEvent, anEvidence } from "./support/builders";
import { httpClient } from "./support/http";
import { useTestDatabase } from "./support/test-database";
import { move } from "./support/workflow";

// Each app instance keeps the tallies it computed and answers one again while none of the rows it was read from
// has changed. Every test reads a tally (so that it is kept), changes one thing the tally shows, and reads again:
// the second answer must show the change, whichever table it was made in.

const db = useTestDatabase();
const http = httpClient(db, "VIEWER");

type ClaimInput = RouterInputs["claim"]["create"];
type Tally = RouterOutputs["event"]["tally"];

const killed = (min: number) => ({ metric: "KILLED" as const, qualifier: "AT_LEAST" as const, min });
const tally = (eventId: string) => db.as("VIEWER").event.tally({ eventId, metric: "KILLED" });
const minima = (result: Tally) => result.figures.map((figure) => figure.min);

async function eventWithFigures(...figures: number[]) {
  const event = await db.api.event.create(anEvent());
  const claims = [];
  for (const min of figures) claims.push(await db.api.claim.create(aCasualtyClaim({ eventId: event.id, claimant: `Claimant ${min}`, casualty: killed(min) })));
  return { event, claims };
}

const figure = (eventId: string, overrides: Partial<ClaimInput>) => db.api.claim.create(aCasualtyClaim({ eventId, ...overrides }));

describe("event.tally kept between requests", () => {
  it("answers the same tally again while nothing changed, over HTTP too", async () => {
    const { event } = await eventWithFigures(40, 60);
    expect(await tally(event.id)).toEqual(await tally(event.id));
    const first = await http.query("event.tally", { eventId: event.id, metric: "KILLED" });
    const second = await http.query("event.tally", { eventId: event.id, metric: "KILLED" });
    expect(first.status).toBe(200);
    expect(second.text).toBe(first.text);
    expect(minima(second.data as Tally)).toEqual([40, 60]);
  });

  it("shows a claim added to the event, also to a client that read the tally over HTTP before", async () => {
    const { event } = await eventWithFigures(40);
    await http.query("event.tally", { eventId: event.id, metric: "KILLED" });
    expect(minima(await tally(event.id))).toEqual([40]);
    await db.api.claim.create(aCasualtyClaim({ eventId: event.id, claimant: "Later", casualty: killed(133) }));
    expect(minima(await tally(event.id))).toEqual([40, 133]);
    const reply = await http.query("event.tally", { eventId: event.id, metric: "KILLED" });
    expect(minima(reply.data as Tally)).toEqual([40, 133]);
  });

  it("shows a figure changed, a claim moved to another event and a claim deleted", async () => {
    const { event, claims } = await eventWithFigures(40, 60, 80);
    const other = await db.api.event.create(anEvent());
    await tally(event.id);
    await db.api.claim.update({ id: claims[0]!.id, version: claims[0]!.version, casualty: killed(45) });
    expect(minima(await tally(event.id))).toEqual([45, 60, 80]);
    await db.api.claim.update({ id: claims[1]!.id, version: claims[1]!.version, eventId: other.id });
    expect(minima(await tally(event.id))).toEqual([45, 80]);
    expect(minima(await tally(other.id))).toEqual([60]);
    await db.api.claim.delete({ id: claims[2]!.id, reason: "Recorded by mistake" });
    expect(minima(await tally(event.id))).toEqual([45]);
  });

  it("shows a claim's stage moving on in the workflow", async () => {
    const { event, claims } = await eventWithFigures(40);
    expect((await tally(event.id)).figures[0]!.stage).toBe("NEW");
    await move(db, "EDITOR", claims[0]!, "RESEARCHING");
    expect((await tally(event.id)).figures[0]!.stage).toBe("RESEARCHING");
  });

  it("shows evidence attached, its stance changed and detached", async () => {
    const { event, claims } = await eventWithFigures(40);
    const source = await db.api.source.create(aSource());
    expect((await tally(event.id)).figures[0]!.sourceIds).toEqual([]);
    const evidence = await db.api.evidence.attach(anEvidence(claims[0]!.id, source.id));
    expect((await tally(event.id)).figures[0]!.sourceIds).toEqual([source.id]);
    await db.api.evidence.update({ id: evidence.id, stance: "CONTRADICTS" });
    expect((await tally(event.id)).figures[0]!.sourceIds).toEqual([]);
    await db.api.evidence.update({ id: evidence.id, stance: "SUPPORTS" });
    expect((await tally(event.id)).figures[0]!.sourceIds).toEqual([source.id]);
    await db.api.evidence.detach({ id: evidence.id, reason: "Wrong claim" });
    expect((await tally(event.id)).figures[0]!.sourceIds).toEqual([]);
  });

  it("shows a change to a source two steps down the chain the cited outlet repeats", async () => {
    const { event, claims } = await eventWithFigures(40);
    const wire = await db.api.source.create(aSource({ type: "WIRE" }));
    const paper = await db.api.source.create(aSource({ repeatsSourceId: wire.id }));
    const site = await db.api.source.create(aSource({ repeatsSourceId: paper.id }));
    await db.api.evidence.attach(anEvidence(claims[0]!.id, site.id));
    expect((await tally(event.id)).sources[site.id]).toMatchObject({ originId: wire.id, originType: "WIRE" });
    await db.api.source.update({ id: wire.id, type: "OFFICIAL_STATEMENT" });
    expect((await tally(event.id)).sources[site.id]).toMatchObject({ originId: wire.id, originType: "OFFICIAL_STATEMENT" });
    expect((await tally(event.id)).figures[0]!.official).toBe(true);
    await db.api.source.update({ id: paper.id, repeatsSourceId: null });
    expect((await tally(event.id)).sources[site.id]).toMatchObject({ originId: paper.id });
  });

  it("shows the event's house figure rule changed", async () => {
    const { event } = await eventWithFigures(40);
    expect((await tally(event.id)).event.houseFigureRule).toBe("CONSERVATIVE");
    await db.api.event.update({ id: event.id, houseFigureRule: "LATEST_OFFICIAL" });
    expect((await tally(event.id)).event.houseFigureRule).toBe("LATEST_OFFICIAL");
  });

  it("stops flagging a figure recorded twice once the pair is marked as not duplicates", async () => {
    const event = await db.api.event.create(anEvent());
    const first = await figure(event.id, { claimant: "Ministry", casualty: killed(133) });
    const second = await figure(event.id, { claimant: "Ministry", text: "The ministry said 133 or more were killed.", casualty: killed(133), allowDuplicate: true });
    expect((await tally(event.id)).flags.some((flag) => flag.kind === "RECORDED_TWICE")).toBe(true);
    await db.api.claim.markNotDuplicate({ id: first.id, otherId: second.id });
    expect((await tally(event.id)).flags.some((flag) => flag.kind === "RECORDED_TWICE")).toBe(false);
  });

  it("keeps tallies of one metric apart from another's", async () => {
    const { event } = await eventWithFigures(40);
    await figure(event.id, { claimant: "Hospital", casualty: { metric: "INJURED", qualifier: "AT_LEAST", min: 100 } });
    expect(minima(await tally(event.id))).toEqual([40]);
    expect(minima(await db.as("VIEWER").event.tally({ eventId: event.id, metric: "INJURED" }))).toEqual([100]);
  });

  it("hands out an answer no caller can change for the next", async () => {
    const { event } = await eventWithFigures(40);
    const kept = await tally(event.id);
    expect(() => {
      (kept.figures[0] as { min: number }).min = 1;
    }).toThrow(TypeError);
    expect(minima(await tally(event.id))).toEqual([40]);
  });
});
