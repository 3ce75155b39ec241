import { beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "@claimdesk/db";
import type { ClaimHit, EventHit, Highlighted, SearchGroup, SearchResult, SourceHit } from "@claimdesk/schemas";
import { aResponsibilityClaim, aSource, aStatementClaim, anEvent, nextNumber } from "./support/builders";
import { expectClientError, expectFieldError, httpClient } from "./support/http";
import { useTestDatabase } from "./support/test-database";

// search.query over the demo data (the Crocus City Hall attack) and over records made here: what an editor
// expects to find, in groups by kind, ranked, with the matching words marked.

const db = useTestDatabase();
const http = httpClient(db, "VIEWER");

const marked = (field: Highlighted | null): string[] => (field ?? []).filter((piece) => piece.match).map((piece) => piece.text);
const plain = (field: Highlighted | null): string => (field ?? []).map((piece) => piece.text).join("");

function group<T extends SearchGroup["type"]>(result: SearchResult, type: T): Extract<SearchGroup, { type: T }> {
  const found = result.groups.find((candidate) => candidate.type === type);
  if (!found) throw new Error(`No ${type} group in the answer`);
  return found as Extract<SearchGroup, { type: T }>;
}
const claims = (result: SearchResult): ClaimHit[] => group(result, "CLAIM").items;
const sources = (result: SearchResult): SourceHit[] => group(result, "SOURCE").items;
const events = (result: SearchResult): EventHit[] => group(result, "EVENT").items;

let demoEventId = "";
beforeAll(async () => {
  await seedDemo(db.prisma);
  demoEventId = (await db.prisma.event.findFirstOrThrow({ where: { title: "Attack on Crocus City Hall" }, select: { id: true } })).id;
});

describe("search.query on the demo data", () => {
  it('finds Krasnogorsk for "Krasnogorks" (a typo), marking the place', async () => {
    const result = await db.as("VIEWER").search.query({ q: "Krasnogorks" });
    const [event] = events(result);
    expect(event?.id).toBe(demoEventId);
    expect(event?.similarName).toBe(true);
    expect(marked(event!.location)).toEqual(["Krasnogorsk"]);
  });

  it('finds ISIS-K for "ISIS K": the claims, their actor and the sources about the group', async () => {
    const result = await db.as("VIEWER").search.query({ q: "ISIS K", eventId: demoEventId });
    const found = claims(result);
    expect(found.length).toBeGreaterThanOrEqual(3);
    expect(found.every((hit) => /ISIS-K/.test(plain(hit.text)) || /ISIS-K/.test(plain(hit.actor)))).toBe(true);
    // The attribution to the group ranks first: its actor (weight A) and its text both name it.
    expect(plain(found[0]!.actor)).toBe("Islamic State Khorasan (ISIS-K)");
    expect(marked(found[0]!.text).join(" ")).toMatch(/ISIS/);
    const titles = sources(result).map((hit) => plain(hit.title));
    expect(titles).toEqual(expect.arrayContaining(["Why ISIS-K has Russia in its terrorist sights", "Why ISIS-K Has Russia In Its Terrorist Sights"]));
  });

  it('finds the phrase "claimed responsibility" (and "claims responsibility", by stemming), and nothing that only has both words apart', async () => {
    const apart = await db.api.claim.create(aStatementClaim({ eventId: demoEventId, text: "Nobody claimed the bombing; responsibility is unclear.", claimant: `Desk ${nextNumber()}` }));
    const result = await db.as("VIEWER").search.query({ q: '"claimed responsibility"' });
    const found = claims(result);
    expect(found.map((hit) => plain(hit.text))).toContain(
      "Islamic State claimed responsibility for the attack, first through its Amaq news agency and then in its own name.",
    );
    expect(found.map((hit) => hit.id)).not.toContain(apart.id);
    const hit = found.find((candidate) => plain(candidate.text).startsWith("Islamic State claimed responsibility"))!;
    expect(marked(hit.text)).toEqual(["claimed responsibility"]);
    expect(sources(result).map((source) => plain(source.title))).toContain("Islamic State claims responsibility for Moscow concert hall attack");
  });

  it("answers the same over HTTP, for a viewer", async () => {
    const reply = await http.query("search.query", { q: "Krasnogorks" });
    expect(reply.status).toBe(200);
    const result = reply.data as SearchResult;
    expect(result.groups.map((candidate) => candidate.type)).toEqual(["CLAIM", "SOURCE", "EVENT"]);
    expect(events(result)[0]?.id).toBe(demoEventId);
  });
});

describe("search.query syntax", () => {
  const tag = `zq${nextNumber()}x`;
  let islamic = "";
  let denial = "";
  let amaq = "";
  beforeAll(async () => {
    islamic = (await db.api.claim.create(aResponsibilityClaim({ text: `Islamic State claimed the attack ${tag}`, claimant: `Wire ${tag}` }))).id;
    denial = (
      await db.api.claim.create(
        aResponsibilityClaim({ text: `Ukraine denied any part in the attack ${tag}`, claimant: `Officials ${tag}`, responsibility: { actor: "Ukraine", attribution: "DENIED" } }),
      )
    ).id;
    amaq = (await db.api.claim.create(aStatementClaim({ text: `A statement appeared on Amaq ${tag}`, claimant: `Monitor ${tag}` }))).id;
  });
  const ids = async (q: string) => claims(await db.api.search.query({ q: `${tag} ${q}`, types: ["CLAIM"] })).map((hit) => hit.id);

  it("excludes -words", async () => {
    expect((await ids("attack")).sort()).toEqual([islamic, denial].sort());
    expect(await ids("attack -ukraine")).toEqual([islamic]);
  });

  it("takes either word with OR", async () => {
    expect((await ids(`denied OR statement ${tag}`)).sort()).toEqual([denial, amaq].sort());
    // The first claim names Amaq as its channel.
    expect((await ids(`denied OR amaq ${tag}`)).sort()).toEqual([islamic, denial, amaq].sort());
    expect((await db.api.search.query({ q: `ukraine OR amaq`, types: ["CLAIM"] })).groups[0]!.items.map((hit) => hit.id)).toEqual(
      expect.arrayContaining([denial, amaq]),
    );
  });

  it("stems words: 'denies' finds 'denied', 'claiming' finds 'claimed'", async () => {
    expect(await ids("denies")).toEqual([denial]);
    expect(await ids("claiming")).toEqual([islamic]);
  });

  it("ranks a claim whose claimant or actor holds the word above one that only mentions it", async () => {
    const word = `Vostok${nextNumber()}`;
    const mention = await db.api.claim.create(aStatementClaim({ text: `Reports said ${word} fighters were nearby.`, claimant: "Local media" }));
    const actor = await db.api.claim.create(
      aResponsibilityClaim({ text: "The battalion was blamed.", claimant: "Officials", responsibility: { actor: `${word} battalion`, attribution: "OFFICIAL" } }),
    );
    const found = claims(await db.api.search.query({ q: word, types: ["CLAIM"] }));
    expect(found.map((hit) => hit.id)).toEqual([actor.id, mention.id]);
    expect(found[0]!.score).toBeGreaterThan(found[1]!.score);
    expect(marked(found[0]!.actor)).toEqual([word]);
  });

  it("never matches similar names when the query uses -, OR or quotes", async () => {
    const result = await db.api.search.query({ q: "Krasnogorks -nothing", types: ["EVENT"] });
    expect(events(result)).toEqual([]);
  });
});

describe("search.query results", () => {
  it("groups results by kind, in the order claims, sources, events, and only the kinds asked for", async () => {
    const word = `Kerch${nextNumber()}`;
    const event = await db.api.event.create(anEvent({ title: `Bridge blast near ${word}` }));
    await db.api.claim.create(aStatementClaim({ eventId: event.id, text: `Traffic on the ${word} bridge stopped.` }));
    await db.api.source.create(aSource({ title: `Explosion on the ${word} bridge` }));
    const all = await db.api.search.query({ q: word });
    expect(all.groups.map((candidate) => [candidate.type, candidate.items.length, candidate.count])).toEqual([
      ["CLAIM", 1, 1],
      ["SOURCE", 1, 1],
      ["EVENT", 1, 1],
    ]);
    const some = await db.api.search.query({ q: word, types: ["EVENT", "SOURCE"] });
    expect(some.groups.map((candidate) => candidate.type)).toEqual(["SOURCE", "EVENT"]);
    const scoped = await db.api.search.query({ q: word, eventId: demoEventId });
    expect(scoped.groups.every((candidate) => candidate.items.length === 0)).toBe(true);
  });

  it("pages a group with its cursor, without repeats or gaps", async () => {
    const word = `Ladoga${nextNumber()}`;
    const made = [];
    for (let i = 0; i < 7; i++) made.push((await db.api.claim.create(aStatementClaim({ text: `${word} figure ${i}`, claimant: `Desk ${nextNumber()}` }))).id);
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const result = await db.api.search.query({ q: word, limit: 3, ...(cursor ? { cursor } : {}) });
      if (cursor) expect(result.groups.map((candidate) => candidate.type)).toEqual(["CLAIM"]);
      const claimGroup = group(result, "CLAIM");
      expect(claimGroup.count).toBe(7);
      seen.push(...claimGroup.items.map((hit) => hit.id));
      cursor = claimGroup.nextCursor ?? undefined;
      pages++;
    } while (cursor && pages < 5);
    expect(pages).toBe(3);
    expect(seen.sort()).toEqual(made.sort());
  });

  it("sends highlights as text pieces, never as markup: a stored <b> or a stray marker stays plain text", async () => {
    const word = `Onega${nextNumber()}`;
    const claim = await db.api.claim.create(aStatementClaim({ text: `<b>${word}</b> said \uE000no\uE001 & left`, claimant: `Desk ${nextNumber()}` }));
    const [hit] = claims(await db.api.search.query({ q: word, types: ["CLAIM"] }));
    expect(hit?.id).toBe(claim.id);
    expect(hit!.text).toEqual([
      { text: "<b>", match: false },
      { text: word, match: true },
      { text: "</b> said no & left", match: false },
    ]);
  });

  it("finds claims after their details change (the triggers keep the words)", async () => {
    const word = `Azov${nextNumber()}`;
    const claim = await db.api.claim.create(aResponsibilityClaim({ text: "Someone was blamed.", claimant: `Desk ${nextNumber()}` }));
    expect(claims(await db.api.search.query({ q: word, types: ["CLAIM"] }))).toEqual([]);
    await db.api.claim.update({ id: claim.id, version: claim.version, responsibility: { actor: `${word} regiment`, attribution: "OFFICIAL" } });
    expect(claims(await db.api.search.query({ q: word, types: ["CLAIM"] })).map((hit) => hit.id)).toEqual([claim.id]);
    expect((await db.api.claim.list({ q: word })).items.map((item) => item.id)).toEqual([claim.id]);
  });
});

describe("claim.list, source.list and event.list with q", () => {
  it("use the same words: stems, phrases and exclusions, with the other filters and the cursor", async () => {
    const word = `Tver${nextNumber()}`;
    const event = await db.api.event.create(anEvent({ title: `Fire in ${word}` }));
    const first = await db.api.claim.create(aStatementClaim({ eventId: event.id, text: `Firefighters reached ${word} at night.`, claimant: `Desk ${nextNumber()}` }));
    const second = await db.api.claim.create(aStatementClaim({ eventId: event.id, text: `${word} residents were evacuated.`, claimant: `Desk ${nextNumber()}` }));
    await db.api.claim.create(aStatementClaim({ text: `${word} is far from here.`, claimant: `Desk ${nextNumber()}` }));
    const page1 = await db.api.claim.list({ eventId: event.id, q: word, limit: 1 });
    expect(page1.items.map((item) => item.id)).toEqual([second.id]);
    const page2 = await db.api.claim.list({ eventId: event.id, q: word, limit: 1, cursor: page1.nextCursor! });
    expect(page2.items.map((item) => item.id)).toEqual([first.id]);
    expect((await db.api.claim.list({ q: `${word} -evacuated`, eventId: event.id })).items.map((item) => item.id)).toEqual([first.id]);
    expect((await db.api.claim.list({ q: `${word} evacuating` })).items.map((item) => item.id)).toEqual([second.id]);
    expect((await db.api.event.list({ q: `fires ${word}` })).items.map((item) => item.id)).toEqual([event.id]);
    const source = await db.api.source.create(aSource({ url: `https://news.example.org/${word.toLowerCase()}/fire`, publisher: "Example Wire" }));
    expect((await db.api.source.list({ q: word, publisher: "example" })).items.map((item) => item.id)).toEqual([source.id]);
    expect((await db.api.source.list({ q: word, publisher: "Reuters" })).items).toEqual([]);
  });
});

describe("search.query input", () => {
  it("refuses bad input with 400, naming the field", async () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{}, "q"],
      [{ q: "   " }, "q"],
      [{ q: "x".repeat(201) }, "q"],
      [{ q: "attack", types: [] }, "types"],
      [{ q: "attack", types: ["CLAIMS"] }, "types.0"],
      [{ q: "attack", limit: 0 }, "limit"],
      [{ q: "attack", limit: 51 }, "limit"],
      [{ q: "attack", cursor: "not-a-cursor" }, "cursor"],
      [{ q: "attack", eventId: "" }, "eventId"],
      [{ q: "attack", colour: "red" }, "colour"],
    ];
    for (const [input, field] of cases) expectFieldError(expectClientError(await http.query("search.query", input), 400), field);
  });

  it("refuses a cursor of a kind that types leaves out", async () => {
    const word = `Neva${nextNumber()}`;
    for (let i = 0; i < 3; i++) await db.api.claim.create(aStatementClaim({ text: `${word} ${i}`, claimant: `Desk ${nextNumber()}` }));
    const { nextCursor } = group(await db.api.search.query({ q: word, limit: 1 }), "CLAIM");
    expect(nextCursor).toBeTruthy();
    expectFieldError(expectClientError(await http.query("search.query", { q: word, types: ["EVENT"], cursor: nextCursor }), 400), "cursor");
  });

  it("answers empty groups for words that are all stop words or punctuation", async () => {
    for (const q of ["the", "!!!", "-"]) {
      const result = await db.api.search.query({ q });
      expect(result.groups.map((candidate) => candidate.items.length)).toEqual([0, 0, 0]);
    }
  });
});

describe("search.query beyond the newest rows", () => {
  // A database of its own, where the records looked for are older than a thousand newer claims: the newest rows
  // that search.query reads first (the recent windows of words and names) hold none of them, so they are found
  // through the word and trigram indexes.
  const big = useTestDatabase();
  const rareWord = `Zubrowka${nextNumber()}`;
  let byWord = "";
  let byClaimant = "";
  let byActor = "";
  beforeAll(async () => {
    byWord = (await big.api.claim.create(aStatementClaim({ text: `A ${rareWord} was seen near the port.`, claimant: `Desk ${nextNumber()}` }))).id;
    byClaimant = (await big.api.claim.create(aStatementClaim({ text: "The council said the shelter was full.", claimant: "Yevpatoriya City Council" }))).id;
    byActor = (
      await big.api.claim.create(
        aResponsibilityClaim({ text: "The front was blamed for the raid.", claimant: `Desk ${nextNumber()}`, responsibility: { actor: "Hayat Tahrir al-Sham", attribution: "OFFICIAL" } }),
      )
    ).id;
    await big.prisma.$executeRaw`
      INSERT INTO "Claim" ("id", "kind", "text", "claimant", "createdAt", "updatedAt")
      SELECT 'filler-' || i, 'STATEMENT', 'Filler claim number ' || i, 'Desk', now() + i * interval '1 second', now()
      FROM generate_series(1, 1100) i`;
  });

  it("finds an old rare word, in search.query and claim.list", async () => {
    expect(claims(await big.api.search.query({ q: rareWord, types: ["CLAIM"] })).map((hit) => hit.id)).toEqual([byWord]);
    expect((await big.api.claim.list({ q: rareWord })).items.map((item) => item.id)).toEqual([byWord]);
  });

  it("finds old similar names: a claimant and an actor spelt differently", async () => {
    const [claimant] = claims(await big.api.search.query({ q: "Yevpatoria", types: ["CLAIM"] }));
    expect(claimant?.id).toBe(byClaimant);
    expect(claimant?.similarName).toBe(true);
    expect(marked(claimant!.claimant)).toEqual(["Yevpatoriya"]);
    const [actor] = claims(await big.api.search.query({ q: "Tahrir al-Shams", types: ["CLAIM"] }));
    expect(actor?.id).toBe(byActor);
    expect(actor?.similarName).toBe(true);
  });

  it("ranks at most its 200 newest matches of a common word, and says there are more", async () => {
    const result = group(await big.api.search.query({ q: "filler", types: ["CLAIM"], limit: 50 }), "CLAIM");
    expect(result.count).toBe(200);
    expect(result.countIsAtLeast).toBe(true);
    expect(result.items).toHaveLength(50);
    expect(result.items.every((hit) => hit.id.startsWith("filler-"))).toBe(true);
    expect(result.nextCursor).toBeTruthy();
  });
});
