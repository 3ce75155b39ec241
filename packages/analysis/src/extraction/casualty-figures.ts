import type { CasualtyMetric, CasualtyPopulation, FigureQualifier } from "@claimdesk/schemas";
import { numberRole } from "./number-context";
import { readQuantity, type Quantity } from "./quantities";
import { supersededFigure } from "./superseded-figures";
import { isCapitalised, phraseAt, phraseTable, spanText, type Token } from "./tokens";

// Casualty figures in a sentence. Three shapes cover how reports give them:
//   figure first:  "at least 133 people were killed", "133 dead", "scores were injured", "11 people were detained"
//   verb first:    "killing 60 people", "injuring 145", "wounded 180", "claimed the lives of 40 people"
//   a toll:        "the death toll rose to 115", "the number of dead reached 139"
// A number counts only when it is a count of people (not a date, time, age, duration, sum or label).

export interface CasualtyFinding {
  metric: CasualtyMetric;
  population: CasualtyPopulation;
  qualifier: FigureQualifier;
  min: number | null;
  max: number | null;
  /** The figure's words as reported: "at least 133", "scores". */
  reportedAs: string;
  /** Tokens [from, to) of the words that made the rule fire. */
  from: number;
  to: number;
  /** The token of the active verb that opens a verb-first figure ("detained 11"): its subject may say who reports it. */
  activeVerb?: number;
}

interface MetricWords {
  metric: CasualtyMetric;
  /** A verb that takes an object when active ("gunmen killed 40"): only its passive or bare form counts. */
  transitive: boolean;
}

const KILLED: MetricWords = { metric: "KILLED", transitive: false };
const KILLED_VERB: MetricWords = { metric: "KILLED", transitive: true };
const INJURED: MetricWords = { metric: "INJURED", transitive: true };
const MISSING: MetricWords = { metric: "MISSING", transitive: false };
const DETAINED: MetricWords = { metric: "DETAINED", transitive: true };
const DETAINED_STATE: MetricWords = { metric: "DETAINED", transitive: false };

/** What follows a figure: "... were killed", "... dead", "... lost their lives". */
const METRICS_AFTER = phraseTable<MetricWords>({
  killed: KILLED_VERB,
  dead: KILLED,
  died: KILLED,
  deaths: KILLED,
  fatalities: KILLED,
  perished: KILLED,
  "shot dead": KILLED,
  bodies: KILLED,
  "lost their lives": KILLED,
  "lost his life": KILLED,
  "lost her life": KILLED,
  injured: INJURED,
  wounded: INJURED,
  hurt: INJURED,
  hospitalised: INJURED,
  hospitalized: INJURED,
  "suffered injuries": { metric: "INJURED", transitive: false },
  "treated for injuries": { metric: "INJURED", transitive: false },
  "treated for wounds": { metric: "INJURED", transitive: false },
  missing: MISSING,
  "unaccounted for": MISSING,
  detained: DETAINED,
  arrested: DETAINED,
  captured: DETAINED,
  caught: DETAINED,
  "in custody": DETAINED_STATE,
  "taken into custody": DETAINED_STATE,
  "under arrest": DETAINED_STATE,
});

/** Verbs before a figure: "killing 60 people", "wounded 180". */
const METRICS_BEFORE = phraseTable<CasualtyMetric>({
  killed: "KILLED",
  killing: "KILLED",
  kills: "KILLED",
  kill: "KILLED",
  "claimed the lives of": "KILLED",
  "claiming the lives of": "KILLED",
  "took the lives of": "KILLED",
  "shot dead": "KILLED",
  injured: "INJURED",
  injuring: "INJURED",
  injures: "INJURED",
  wounded: "INJURED",
  wounding: "INJURED",
  wounds: "INJURED",
  hurt: "INJURED",
  hurting: "INJURED",
  detained: "DETAINED",
  detaining: "DETAINED",
  arrested: "DETAINED",
  arresting: "DETAINED",
});

/** What a toll counts: "the death toll", "the number of dead". */
const TOLLS = phraseTable<CasualtyMetric>({
  "death toll": "KILLED",
  toll: "KILLED",
  "number of dead": "KILLED",
  "number of deaths": "KILLED",
  "number of fatalities": "KILLED",
  "number of people killed": "KILLED",
  "number of those killed": "KILLED",
  "number of injured": "INJURED",
  "number of wounded": "INJURED",
  "number of people injured": "INJURED",
  "number of people wounded": "INJURED",
  "number of missing": "MISSING",
  "number of people missing": "MISSING",
  "number of arrests": "DETAINED",
  "number of the dead": "KILLED",
  "number of the injured": "INJURED",
  "number of the wounded": "INJURED",
  "count of the dead": "KILLED",
  "count of dead": "KILLED",
  "count of the injured": "INJURED",
  "count of injured": "INJURED",
  "count of the wounded": "INJURED",
  "count of the missing": "MISSING",
  "number of people detained": "DETAINED",
  "number of people arrested": "DETAINED",
  "dead numbered": "KILLED",
  "injured numbered": "INJURED",
  "wounded numbered": "INJURED",
});
/** The word just before a toll's figure: "rose to 115", "stands at 61", "a death toll of 61", "reached 139". */
const TOLL_LINKS = new Set(["to", "at", "of", "reached", "hit", "is", "was", "passed", "now", "surpassed", "topped"]);
/** A toll someone only expects is no figure yet. */
const SPECULATIVE = new Set(["expected", "could", "may", "might", "likely", "feared", "fear", "fears", "would", "will"]);

/** Between a figure (and its people) and its metric: "were", "have been", "are feared", "remain". */
const GAP_WORDS = new Set(
  "were was are is been being be remain remained remains have has had reported reportedly confirmed feared believed thought known presumed now still also later all may might seriously critically badly fatally severely slightly lightly who that subsequently since initially officially to left".split(
    " ",
  ),
);
const PASSIVE = new Set(["were", "was", "are", "is", "been", "being", "be", "remain", "remained", "remains", "got"]);
const OBJECT_STARTS = new Set(["the", "a", "an", "his", "her", "their", "its", "them", "him", "themselves", "himself", "several", "many", "some"]);

/** Nouns for people, and which population each counts. */
const POPULATION_OF: Record<string, CasualtyPopulation> = {};
const heads = (population: CasualtyPopulation, list: string) => list.split(" ").forEach((word) => (POPULATION_OF[word] = population));
heads(
  "ALL",
  "people persons person individuals others victims residents shoppers worshippers bystanders visitors tourists customers vendors traders stallholders workers staff employees students pupils passengers suspects men women man woman boys girls babies infants teenagers adults nationals citizens foreigners migrants refugees spectators fans pilgrims protesters demonstrators prisoners hostages guards fighters officers officer personnel members member agents",
);
heads("CIVILIANS", "civilians civilian");
heads("ATTACKERS", "gunmen gunman attackers attacker assailants assailant militants militant bombers bomber insurgents insurgent perpetrators perpetrator terrorists terrorist");
heads("SECURITY_FORCES", "soldiers soldier troops servicemen serviceman policemen policeman policewomen policewoman police gendarmes guardsmen conscripts");
heads("OTHER", "children child minors journalists journalist firefighters firefighter rescuers rescuer paramedics paramedic medics medic");
/** "police officers", "security personnel", "members of the security forces". */
const SECURITY_MODIFIERS = new Set(["police", "security", "army", "military", "border", "riot", "special"]);
const NOT_MODIFIERS = new Set([...GAP_WORDS, "and", "or", "in", "on", "at", "by", "of", "from", "with", "for", "after", "during", "when", "while", "as"]);

const hasOwn = (table: Record<string, unknown>, key: string | undefined): key is string => key !== undefined && Object.hasOwn(table, key);

export function findCasualtyFigures(text: string, tokens: readonly Token[]): CasualtyFinding[] {
  const findings: CasualtyFinding[] = [];
  const used = new Set<number>();
  const take = (finding: CasualtyFinding | undefined, quantity: Quantity | undefined) => {
    if (!finding || !quantity || deniedOrDoubted(tokens, Math.min(finding.from, quantity.from)) || supersededFigure(tokens, quantity.from)) return false;
    for (let at = quantity.from; at < quantity.to; at++) if (used.has(at)) return false;
    for (let at = quantity.from; at < quantity.to; at++) used.add(at);
    findings.push(finding);
    return true;
  };
  for (let at = 0; at < tokens.length; at++) {
    const toll = tollAt(text, tokens, at);
    if (toll && take(toll.finding, toll.quantity)) continue;
    const among = amongTheDeadAt(text, tokens, at).filter((found) => take(found.finding, found.quantity));
    if (among.length > 0) continue;
    const part = partOfTheDeadAt(text, tokens, at);
    if (part && take(part.finding, part.quantity)) continue;
    const verbFirst = verbFirstAt(text, tokens, at);
    if (verbFirst && take(verbFirst.finding, verbFirst.quantity)) continue;
    const figureFirst = figureFirstAt(text, tokens, at);
    if (figureFirst && take(figureFirst.finding, figureFirst.quantity)) at = figureFirst.finding.to - 1;
  }
  return findings.sort((a, b) => a.from - b.from);
}

/** Words that, earlier in the clause, deny or doubt the figure: "denied reports that 60 died", "none of the 12". */
const DENIALS = new Set(
  "denied denies deny denying dismissed dismisses rejected rejects refuted refutes disputed disputes not never no none whether unclear doubt doubts doubted questioned untrue false".split(" "),
);
/** Where the clause that carries the figure begins, read backwards. */
const CLAUSE_STARTS = new Set("but while whereas although though however said says say told added stated according and".split(" "));

function deniedOrDoubted(tokens: readonly Token[], start: number): boolean {
  for (let at = start - 1; at >= 0; at--) {
    const token = tokens[at]!;
    if (/^[;:,—–(]$/.test(token.text) || CLAUSE_STARTS.has(token.lower)) return false;
    if (DENIALS.has(token.lower) || token.lower.endsWith("n't")) return true;
  }
  return false;
}

type Found = { finding: CasualtyFinding; quantity: Quantity } | undefined;

function figure(text: string, tokens: readonly Token[], quantity: Quantity, metric: CasualtyMetric, population: CasualtyPopulation, from: number, to: number): CasualtyFinding {
  const { qualifier, min, max } = quantity;
  let reportedAs = spanText(text, tokens, quantity.from, quantity.to);
  // "At least 133" opening a sentence is reported as "at least 133" (an acronym keeps its capitals).
  if ((quantity.from === 0 || tokens[quantity.from - 1]!.kind === "punct") && /^\p{Lu}[\p{Ll}\s]/u.test(reportedAs)) reportedAs = reportedAs[0]!.toLowerCase() + reportedAs.slice(1);
  return { metric, population, qualifier, min, max, reportedAs, from, to };
}

/** A count of people at `at`, or undefined. */
function countAt(tokens: readonly Token[], at: number, zero: boolean): Quantity | undefined {
  const quantity = readQuantity(tokens, at, { zero });
  if (!quantity || (!quantity.zero && numberRole(tokens, quantity) !== "count")) return undefined;
  return quantity;
}

/** "at least 133 people were killed", "133 dead", "scores were injured", "two of the attackers were killed". */
function figureFirstAt(text: string, tokens: readonly Token[], at: number): Found {
  const quantity = countAt(tokens, at, true);
  if (!quantity) return undefined;
  const people = readPopulation(tokens, quantity.to);
  let position = people.to;
  let passive = false;
  let gap = 0;
  for (; gap < 6 && !phraseAt(tokens, position, METRICS_AFTER); gap++) {
    const word = tokens[position]?.lower;
    if (word === undefined || !GAP_WORDS.has(word)) return undefined;
    if (PASSIVE.has(word)) passive = true;
    position++;
  }
  const metric = phraseAt(tokens, position, METRICS_AFTER);
  if (!metric) return undefined;
  const end = position + metric.length;
  // "Four gunmen killed 40 people": an active verb with an object is what the figure did, not what befell it.
  if (metric.value.transitive && !passive && objectFollows(tokens, end)) return undefined;
  if (combinedMetric(tokens, end)) return undefined;
  return { finding: figure(text, tokens, quantity, metric.value.metric, people.population, quantity.from, end), quantity };
}

/** "killing 60 people", "injuring 145", "wounded 180", "claimed the lives of 40 people". */
function verbFirstAt(text: string, tokens: readonly Token[], at: number): Found {
  const verb = phraseAt(tokens, at, METRICS_BEFORE);
  if (!verb) return undefined;
  // "killed or wounded 40": one figure for two metrics is not recorded as either.
  const previous = tokens[at - 1]?.lower;
  if ((previous === "or" || previous === "and") && phraseAt(tokens, at - 2, METRICS_BEFORE)) return undefined;
  if (combinedMetric(tokens, at + verb.length)) return undefined;
  const quantity = countAt(tokens, at + verb.length, false);
  if (!quantity) return undefined;
  const people = readPopulation(tokens, quantity.to);
  const end = Math.max(quantity.to, people.to);
  return { finding: { ...figure(text, tokens, quantity, verb.value, people.population, at, end), activeVerb: at }, quantity };
}

/** "the death toll rose to 115", "the number of dead reached 139", "a death toll of at least 61". */
function tollAt(text: string, tokens: readonly Token[], at: number): Found {
  const toll = phraseAt(tokens, at, TOLLS);
  if (!toll) return undefined;
  // "toll" alone must not be the end of "death toll" read a second time.
  if (toll.length === 1 && tokens[at - 1]?.lower === "death") return undefined;
  // "the death toll from Sunday's attack on the Riverside Market now stands at 74": the toll's subject may be long.
  for (let position = at + toll.length; position < at + toll.length + 14; position++) {
    const token = tokens[position];
    if (!token || (token.kind === "punct" && token.text !== "'")) return undefined;
    if (SPECULATIVE.has(token.lower)) return undefined;
    // "the number of dead between 70 and 80": the figure right after the toll needs no link word.
    if (position > at + toll.length && !TOLL_LINKS.has(tokens[position - 1]?.lower ?? "")) continue;
    const quantity = countAt(tokens, position, false);
    if (!quantity) continue;
    const from = tokens[at - 1]?.lower === "the" ? at - 1 : at;
    const population: CasualtyPopulation = tokens[at - 1]?.lower === "civilian" || tokens[at - 2]?.lower === "civilian" ? "CIVILIANS" : "ALL";
    return { finding: figure(text, tokens, quantity, toll.value, population, from, quantity.to), quantity };
  }
  return undefined;
}

/** Who "among the dead were" names, and what befell them. */
const AMONG = phraseTable<CasualtyMetric>({
  "the dead": "KILLED",
  "the killed": "KILLED",
  "those killed": "KILLED",
  "the fatalities": "KILLED",
  "the injured": "INJURED",
  "the wounded": "INJURED",
  "those injured": "INJURED",
  "those wounded": "INJURED",
  "the missing": "MISSING",
  "those detained": "DETAINED",
  "those arrested": "DETAINED",
});

/** "Among the dead were nine children and three police officers": one figure per group of people named. */
function amongTheDeadAt(text: string, tokens: readonly Token[], at: number): NonNullable<Found>[] {
  if (tokens[at]!.lower !== "among") return [];
  const counted = phraseAt(tokens, at + 1, AMONG);
  if (!counted) return [];
  let position = at + 1 + counted.length;
  if (!/^(were|are|was|is)$/.test(tokens[position]?.lower ?? "")) return [];
  position++;
  const found: NonNullable<Found>[] = [];
  for (;;) {
    const quantity = countAt(tokens, position, false);
    if (!quantity) break;
    const people = readPopulation(tokens, quantity.to);
    // "were 12": a figure with no people named says only how many of the dead the sentence goes on about.
    if (people.to === quantity.to) break;
    found.push({ finding: figure(text, tokens, quantity, counted.value, partOfAll(people.population), quantity.from, people.to), quantity });
    position = people.to;
    if (tokens[position]?.text === ",") position++;
    if (tokens[position]?.lower === "and") position++;
  }
  return found;
}

/** "12 of the dead were children", "Nine of those killed were police officers": a figure for the people named. */
function partOfTheDeadAt(text: string, tokens: readonly Token[], at: number): Found {
  const quantity = countAt(tokens, at, false);
  if (!quantity || tokens[quantity.to]?.lower !== "of") return undefined;
  const counted = phraseAt(tokens, quantity.to + 1, AMONG);
  if (!counted) return undefined;
  const be = quantity.to + 1 + counted.length;
  if (!/^(were|are|was|is)$/.test(tokens[be]?.lower ?? "")) return undefined;
  // "12 of the dead were from Valdora" names no people: no figure of its own.
  const people = readPopulation(tokens, be + 1);
  if (people.to === be + 1) return undefined;
  return { finding: figure(text, tokens, quantity, counted.value, partOfAll(people.population), quantity.from, people.to), quantity };
}

/**
 * A group among the dead ("nine women") is never the whole toll: counted as ALL it would sit in the tally as a
 * fall from the real figure. A group with no population of its own is OTHER.
 */
const partOfAll = (population: CasualtyPopulation): CasualtyPopulation => (population === "ALL" ? "OTHER" : population);

/** The people a figure counts: "people", "police officers", "of the attackers", "more civilians"; ALL when none. */
export function readPopulation(tokens: readonly Token[], at: number): { population: CasualtyPopulation; to: number } {
  let position = at;
  // "scores more", "100 others": "more" belongs to the figure even when no noun follows.
  if (/^(more|other|further|additional)$/.test(tokens[position]?.lower ?? "")) position++;
  const none = { population: "ALL" as CasualtyPopulation, to: position };
  if (tokens[position]?.lower === "of") {
    const next = tokens[position + 1]?.lower;
    if (next === "them" || next === "whom") return { population: "ALL", to: position + 2 };
    position += next === "the" || next === "those" ? 2 : 1;
  }
  const modifiers: string[] = [];
  for (let look = position; look < position + 3; look++) {
    const token = tokens[look];
    if (!token || token.kind !== "word") break;
    if (token.lower === "forces" && modifiers.some((word) => SECURITY_MODIFIERS.has(word))) return { population: "SECURITY_FORCES", to: look + 1 };
    if (hasOwn(POPULATION_OF, token.lower) && !(token.lower === "police" && tokens[look + 1]?.lower.startsWith("officer"))) {
      let end = look + 1;
      let population = POPULATION_OF[token.lower]!;
      const head = token.lower;
      if (head === "members" || head === "member") {
        // "members of the security forces".
        const of = tokens[end]?.lower === "of" ? end + 1 + (tokens[end + 1]?.lower === "the" ? 1 : 0) : -1;
        if (of > 0 && SECURITY_MODIFIERS.has(tokens[of]?.lower ?? "")) {
          population = "SECURITY_FORCES";
          end = of + (tokens[of + 1]?.lower === "forces" || tokens[of + 1]?.lower === "services" ? 2 : 1);
        }
      }
      if (/^(officers?|personnel|agents|forces)$/.test(head) && modifiers.some((word) => SECURITY_MODIFIERS.has(word))) population = "SECURITY_FORCES";
      if (modifiers.includes("civilian")) population = "CIVILIANS";
      return { population, to: end };
    }
    // "12 Americans", "three Valdorans", "two Britons": people of a nation.
    if (isCapitalised(token) && /(?:ans|ons|is|ese)$/.test(token.lower)) return { population: modifiers.includes("civilian") ? "CIVILIANS" : "ALL", to: look + 1 };
    if (NOT_MODIFIERS.has(token.lower) || phraseAt(tokens, look, METRICS_AFTER)) break;
    if (isCapitalised(token) && look > at && !isCapitalised(tokens[look - 1])) break;
    modifiers.push(token.lower);
  }
  return none;
}

/** Does a noun phrase or number follow (the object of an active verb)? */
function objectFollows(tokens: readonly Token[], at: number): boolean {
  const next = tokens[at];
  if (!next || next.kind === "punct") return false;
  if (next.kind === "number" || OBJECT_STARTS.has(next.lower) || hasOwn(POPULATION_OF, next.lower)) return true;
  return readQuantity(tokens, at) !== undefined;
}

/** "killed or injured", "killed and wounded": a count of two metrics together. */
function combinedMetric(tokens: readonly Token[], at: number): boolean {
  const joiner = tokens[at]?.lower;
  if (joiner !== "or" && joiner !== "and") return false;
  const next = phraseAt(tokens, at + 1, METRICS_AFTER);
  // "... and injuring 145" is a second figure; "... and injured" with nothing after it is the same figure.
  return next !== undefined && readQuantity(tokens, at + 1 + next.length) === undefined && !objectFollows(tokens, at + 1 + next.length);
}
