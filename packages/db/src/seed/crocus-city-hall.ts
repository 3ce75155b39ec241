import type { ClaimCreateInput, EventCreateInput, EvidenceDetailsInput, SourceCreateInput } from "@claimdesk/schemas";

// Demo data: the attack on Crocus City Hall, Krasnogorsk, 22 March 2024, as a newsroom would have recorded it
// over the following days. Claims are summarised in our own words; figures and attributions are as reported.

export const DEMO_EVENT_ID = "demo-crocus-city-hall";

export const demoEvent: EventCreateInput = {
  title: "Attack on Crocus City Hall",
  summary:
    "Gunmen opened fire on concert-goers at the Crocus City Hall music venue outside Moscow and set the building " +
    "alight shortly before a rock concert. The death toll was revised upwards over several days.",
  occurredAt: "2024-03-22T16:58:00Z",
  location: "Krasnogorsk, Moscow Oblast, Russia",
};

type DemoSource = SourceCreateInput & { key: string; repeats?: string };

export const demoSources: DemoSource[] = [
  {
    key: "asia-times",
    url: "https://asiatimes.com/2024/03/why-isis-k-has-russia-in-its-terrorist-sights/",
    title: "Why ISIS-K has Russia in its terrorist sights",
    publisher: "Asia Times",
    publishedAt: "2024-03-25T09:08:00Z",
    type: "NEWS_REPORT",
    reliability: "B",
  },
  {
    key: "menafn",
    url: "https://menafn.com/1108016392/Why-ISIS-K-Has-Russia-In-Its-Terrorist-Sights",
    title: "Why ISIS-K Has Russia In Its Terrorist Sights",
    publisher: "MENAFN",
    publishedAt: "2024-03-25T09:08:17Z",
    type: "NEWS_REPORT",
    reliability: "C",
    repeats: "asia-times",
  },
  {
    key: "ic-first",
    url: "https://sledcom.ru/news/item/1869633",
    title: "Criminal case opened over the terrorist act at Crocus City Hall",
    publisher: "Investigative Committee of the Russian Federation",
    publishedAt: "2024-03-22T19:30:00Z",
    type: "OFFICIAL_STATEMENT",
    reliability: "C",
  },
  {
    key: "ic-update",
    url: "https://sledcom.ru/news/item/1869812",
    title: "Update on the number of people killed at Crocus City Hall",
    publisher: "Investigative Committee of the Russian Federation",
    publishedAt: "2024-03-23T15:00:00Z",
    type: "OFFICIAL_STATEMENT",
    reliability: "C",
  },
  {
    key: "reuters-toll",
    url: "https://www.reuters.com/world/europe/moscow-concert-hall-attack-death-toll-rises-2024-03-23/",
    title: "Death toll in Moscow concert hall attack rises",
    publisher: "Reuters",
    publishedAt: "2024-03-23T06:10:00Z",
    type: "WIRE",
    reliability: "B",
  },
  {
    key: "reuters-claim",
    url: "https://www.reuters.com/world/europe/islamic-state-claims-responsibility-moscow-concert-hall-attack-2024-03-22/",
    title: "Islamic State claims responsibility for Moscow concert hall attack",
    publisher: "Reuters",
    publishedAt: "2024-03-22T20:45:00Z",
    type: "WIRE",
    reliability: "B",
  },
  {
    key: "ap-claim",
    url: "https://apnews.com/article/russia-moscow-concert-hall-shooting-islamic-state-claim",
    title: "Islamic State group says it was behind the concert hall attack near Moscow",
    publisher: "Associated Press",
    publishedAt: "2024-03-23T08:00:00Z",
    type: "WIRE",
    reliability: "B",
  },
  {
    key: "kremlin-address",
    url: "http://en.kremlin.ru/events/president/news/73697",
    title: "Address by the President of Russia",
    publisher: "Kremlin",
    publishedAt: "2024-03-23T12:00:00Z",
    type: "OFFICIAL_STATEMENT",
    reliability: "D",
  },
  {
    key: "ukraine-denial",
    url: "https://www.reuters.com/world/europe/ukraine-denies-involvement-moscow-concert-hall-attack-2024-03-23/",
    title: "Ukraine denies involvement in Moscow concert hall attack",
    publisher: "Reuters",
    publishedAt: "2024-03-23T13:30:00Z",
    type: "WIRE",
    reliability: "B",
  },
];

type DemoEvidence = EvidenceDetailsInput & { source: string };
type DemoClaim = Omit<ClaimCreateInput, "eventId"> & {
  stage?: "NEW" | "RESEARCHING" | "IN_REVIEW" | "CONCLUDED";
  verdict?: "UNRATED" | "CONFIRMED" | "LIKELY" | "MISLEADING" | "FALSE" | "UNPROVEN" | "DISPUTED";
  verdictNote?: string;
  evidence: DemoEvidence[];
};

const investigators = "Investigative Committee of the Russian Federation";

export const demoClaims: DemoClaim[] = [
  {
    kind: "CASUALTY_COUNT",
    text: "Investigators said on the night of the attack that at least 40 people had been killed.",
    claimant: investigators,
    claimedAt: "2024-03-22T19:30:00Z",
    casualty: { metric: "KILLED", qualifier: "AT_LEAST", min: 40, asOf: "2024-03-22T19:30:00Z", reportedAs: "at least 40" },
    stage: "CONCLUDED",
    verdict: "CONFIRMED",
    verdictNote: "The count stood at 40 when first reported; it was later revised upwards.",
    evidence: [{ source: "ic-first", stance: "SUPPORTS", credibility: 2 }],
  },
  {
    kind: "CASUALTY_COUNT",
    text: "Later that night the death toll was given as 60.",
    claimant: investigators,
    claimedAt: "2024-03-22T22:40:00Z",
    casualty: { metric: "KILLED", qualifier: "AT_LEAST", min: 60, asOf: "2024-03-22T22:40:00Z", reportedAs: "60" },
    stage: "CONCLUDED",
    verdict: "CONFIRMED",
    verdictNote: "Superseded by later counts, correct when given.",
    evidence: [{ source: "reuters-toll", stance: "SUPPORTS", credibility: 2 }],
  },
  {
    kind: "CASUALTY_COUNT",
    text: "By the morning after, the number of dead had risen to at least 115.",
    claimant: investigators,
    claimedAt: "2024-03-23T07:00:00Z",
    casualty: { metric: "KILLED", qualifier: "AT_LEAST", min: 115, asOf: "2024-03-23T07:00:00Z", reportedAs: "at least 115" },
    stage: "IN_REVIEW",
    evidence: [{ source: "reuters-toll", stance: "SUPPORTS", credibility: 2 }],
  },
  {
    kind: "CASUALTY_COUNT",
    text: "At least 133 people were killed when gunmen stormed the concert hall and opened fire.",
    claimant: investigators,
    claimedAt: "2024-03-23T15:00:00Z",
    casualty: { metric: "KILLED", qualifier: "AT_LEAST", min: 133, asOf: "2024-03-24T00:00:00Z", reportedAs: "at least 133" },
    stage: "CONCLUDED",
    verdict: "CONFIRMED",
    verdictNote: "Given by investigators and carried by independent outlets.",
    evidence: [
      { source: "ic-update", stance: "SUPPORTS", credibility: 2, excerpt: "The number of people killed has risen to 133." },
      { source: "asia-times", stance: "SUPPORTS", credibility: 2 },
      { source: "menafn", stance: "SUPPORTS", credibility: 2, note: "Syndicated copy of the Asia Times piece: not an independent origin." },
    ],
  },
  {
    kind: "CASUALTY_COUNT",
    text: "The death toll rose to 137 as rescuers cleared the burnt-out building.",
    claimant: investigators,
    claimedAt: "2024-03-24T10:00:00Z",
    casualty: { metric: "KILLED", qualifier: "EXACT", min: 137, asOf: "2024-03-24T10:00:00Z", reportedAs: "137" },
    stage: "RESEARCHING",
    evidence: [{ source: "ic-update", stance: "CONTEXT", credibility: 3, note: "Earlier statement; the 137 figure needs its own source." }],
  },
  {
    kind: "CASUALTY_COUNT",
    text: "More than 100 people were injured in the shooting and the fire.",
    claimant: "Russian health officials",
    claimedAt: "2024-03-22T21:00:00Z",
    casualty: { metric: "INJURED", qualifier: "AT_LEAST", min: 101, asOf: "2024-03-22T21:00:00Z", reportedAs: "more than 100" },
    stage: "RESEARCHING",
    evidence: [{ source: "reuters-toll", stance: "SUPPORTS", credibility: 3 }],
  },
  {
    kind: "CASUALTY_COUNT",
    text: "Scores more people were injured after the gunmen opened fire, setting off a stampede.",
    claimant: "Asia Times",
    claimedAt: "2024-03-25T09:08:00Z",
    casualty: { metric: "INJURED", qualifier: "AT_LEAST", min: 40, reportedAs: "scores" },
    stage: "NEW",
    evidence: [{ source: "asia-times", stance: "SUPPORTS", credibility: 3, note: "A vague figure: recorded at its conservative bound." }],
  },
  {
    kind: "RESPONSIBILITY",
    text: "Islamic State claimed responsibility for the attack, first through its Amaq news agency and then in its own name.",
    claimant: "Islamic State",
    claimedAt: "2024-03-22T20:30:00Z",
    responsibility: { actor: "Islamic State", attribution: "SELF_CLAIMED", channel: "its Amaq news agency", assessment: "VERY_LIKELY" },
    stage: "CONCLUDED",
    verdict: "CONFIRMED",
    verdictNote: "The claim was made; wire services saw the Amaq statement. Whether the group carried out the attack is assessed separately.",
    evidence: [
      { source: "reuters-claim", stance: "SUPPORTS", credibility: 2 },
      { source: "ap-claim", stance: "SUPPORTS", credibility: 2 },
      { source: "asia-times", stance: "SUPPORTS", credibility: 3 },
    ],
  },
  {
    kind: "RESPONSIBILITY",
    text: "The attack was widely reported to be the work of Islamic State Khorasan (ISIS-K), the group's branch founded in Afghanistan in 2015.",
    claimant: "Media reports",
    claimedAt: "2024-03-23T12:00:00Z",
    responsibility: { actor: "Islamic State Khorasan (ISIS-K)", attribution: "MEDIA", assessment: "VERY_LIKELY" },
    stage: "IN_REVIEW",
    evidence: [{ source: "asia-times", stance: "SUPPORTS", credibility: 3 }],
  },
  {
    kind: "RESPONSIBILITY",
    text: "Russia's president said the attackers had been heading for Ukraine, where a way across the border had been prepared for them.",
    claimant: "Vladimir Putin, President of Russia",
    claimedAt: "2024-03-23T12:00:00Z",
    responsibility: { actor: "Ukraine", attribution: "SUSPECTED", channel: "a televised address", assessment: "NOT_ASSESSED" },
    stage: "RESEARCHING",
    evidence: [{ source: "kremlin-address", stance: "SUPPORTS", credibility: 5 }],
  },
  {
    kind: "RESPONSIBILITY",
    text: "Ukraine denied any involvement in the attack.",
    claimant: "Ukrainian officials",
    claimedAt: "2024-03-23T13:30:00Z",
    responsibility: { actor: "Ukraine", attribution: "DENIED", assessment: "NOT_ASSESSED" },
    stage: "NEW",
    evidence: [{ source: "ukraine-denial", stance: "SUPPORTS", credibility: 3 }],
  },
  {
    kind: "STATEMENT",
    text: "ISIS-K planned some 21 attacks in nine countries over the past year, against eight the year before.",
    claimant: "Asia Times",
    claimedAt: "2024-03-25T09:08:00Z",
    stage: "RESEARCHING",
    evidence: [{ source: "asia-times", stance: "SUPPORTS", credibility: 4, note: "No underlying study is cited; find the original count." }],
  },
  {
    kind: "STATEMENT",
    text: "ISIS-K has several thousand fighters active in almost all of Afghanistan's 34 provinces.",
    claimant: "Asia Times",
    claimedAt: "2024-03-25T09:08:00Z",
    stage: "NEW",
    evidence: [{ source: "asia-times", stance: "SUPPORTS", credibility: 4 }],
  },
];
