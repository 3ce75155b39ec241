import { capitalise, exclusiveFigureWords, speakerName, standingVerdict, vagueFigureWords, type Attribution, type CasualtyMetric, type CasualtyPopulation, type Likelihood, type Verdict } from "@claimdesk/schemas";
import type { Figure, Superseded, Wording, WordingClaim } from "./types";

// What the newsroom may print about a claim. The style lives in one table, read top to bottom, so that the
// editor is told which rule chose the words and why. The invariant: only a CONFIRMED verdict is worded as fact;
// anything else is attributed to whoever said it, or prints the finding (false, misleading).

export interface WordingRule {
  /** Kebab-case and stable: stored and shown to editors. */
  id: string;
  /** The rule in plain words, as the editor reads it. */
  description: string;
  /** True when the words state the claim as fact; only a CONFIRMED verdict may. */
  asFact: boolean;
  applies: (claim: WordingClaim) => boolean;
  write: (claim: WordingClaim) => string;
}

type Casualty = NonNullable<WordingClaim["casualty"]>;

// ---- Text helpers ----------------------------------------------------------------------------------------------

/** Recorded text as printed: single spaces, none at the ends; blank counts as absent. */
function clean(value: string | null | undefined): string | null {
  const text = (value ?? "").replace(/\s+/g, " ").trim();
  return text === "" ? null : text;
}

const formatNumber = (n: number): string => n.toLocaleString("en-GB");

// ---- Casualty figures ------------------------------------------------------------------------------------------

const PEOPLE: Record<CasualtyPopulation, { one: string; many: string }> = {
  ALL: { one: "person", many: "people" },
  CIVILIANS: { one: "civilian", many: "civilians" },
  ATTACKERS: { one: "attacker", many: "attackers" },
  SECURITY_FORCES: { one: "member of the security forces", many: "members of the security forces" },
  OTHER: { one: "person", many: "people" },
};

const PARTICIPLE: Record<CasualtyMetric, string> = { KILLED: "killed", INJURED: "injured", MISSING: "missing", DETAINED: "detained" };

/** Vague words that count nouns directly ("several people"); the others take "of" ("scores of people"). */
const COUNTS_WITHOUT_OF = new Set(["several", "many", "few", "a few", "some", "numerous", "multiple", "countless", "a dozen", "a hundred", "a thousand"]);

/** Words as reported without a digit ("scores") are printed as such, never replaced by the recorded bound. */
function vagueWords(reportedAs: string | null): string | null {
  return vagueFigureWords(clean(reportedAs))?.toLowerCase() ?? null;
}

/** The one number a figure states (exact, at least, up to, about), or null for a range or a missing bound. */
function singleNumber({ qualifier, min, max }: Figure): number | null {
  if (qualifier === "AT_MOST") return max;
  if ((qualifier === "RANGE" || qualifier === "APPROXIMATELY") && max !== null && max !== min) return null;
  return min;
}

/**
 * The number with its qualifier, as prose says it: "133", "at least 133", "up to 20", "about 40 to 50",
 * "between 40 and 60". (The schemas' figureNumber writes "at most 20" and "40–60", which suit tables, not
 * sentences.) Null when the bound the qualifier needs is missing.
 */
function printableNumber({ qualifier, min, max }: Figure): string | null {
  switch (qualifier) {
    case "EXACT":
      return min === null ? null : formatNumber(min);
    case "AT_LEAST":
      return min === null ? null : `at least ${formatNumber(min)}`;
    case "AT_MOST":
      return max === null ? null : `up to ${formatNumber(max)}`;
    case "APPROXIMATELY":
      if (min === null) return null;
      return max !== null && max !== min ? `about ${formatNumber(min)} to ${formatNumber(max)}` : `about ${formatNumber(min)}`;
    case "RANGE":
      if (min === null || max === null) return null;
      // Equal bounds are an exact figure; "between 40 and 40" is not English.
      return min === max ? formatNumber(min) : `between ${formatNumber(min)} and ${formatNumber(max)}`;
  }
}

/**
 * How many, as a sentence says it after a verb ("the toll has since risen to …"): the report's own words when
 * they are vague ("scores") or leave the number out ("more than 100"), else the number with its qualifier.
 */
export function printableAmount(figure: Figure & { reportedAs: string | null }): string {
  return vagueWords(figure.reportedAs) ?? exclusiveFigureWords(figure) ?? printableNumber(figure) ?? "an unknown number";
}

/** The figure as a clause: "at least 133 people were killed", "scores of civilians were injured", "1 person was killed". */
export function printableFigure(casualty: Casualty): string {
  const { one, many } = PEOPLE[casualty.population];
  const done = PARTICIPLE[casualty.metric];
  const vague = vagueWords(casualty.reportedAs);
  if (vague !== null) {
    const of = vague.endsWith(" of") || COUNTS_WITHOUT_OF.has(vague) || /\b(hundred|thousand|million|dozen)$/.test(vague) ? "" : " of";
    return `${vague}${of} ${many} were ${done}`;
  }
  const excluding = exclusiveFigureWords(casualty);
  if (excluding !== null) return `${excluding} ${many} were ${done}`;
  const number = printableNumber(casualty);
  if (number === null) return `an unknown number of ${many} were ${done}`;
  const single = singleNumber(casualty);
  const exact = casualty.qualifier === "EXACT" || casualty.qualifier === "RANGE";
  if (exact && single === 0) return casualty.population === "ALL" || casualty.population === "OTHER" ? `no one was ${done}` : `no ${many} were ${done}`;
  return single === 1 ? `${number} ${one} was ${done}` : `${number} ${many} were ${done}`;
}

/** A sentence does not open with a numeral: "A total of 133 people …", "One person …". */
function figureAtSentenceStart(clause: string): string {
  if (clause.startsWith("1 ")) return `One ${clause.slice(2)}`;
  return /^\d/.test(clause) ? `A total of ${clause}` : capitalise(clause);
}

function casualtyOf(claim: WordingClaim): Casualty {
  if (claim.casualty === null) throw new Error("This wording rule needs a casualty figure");
  return claim.casualty;
}

const hasFigure = (claim: WordingClaim): boolean => claim.kind === "CASUALTY_COUNT" && claim.casualty !== null;

// ---- Verdicts --------------------------------------------------------------------------------------------------

type Hedged = Exclude<Verdict, "CONFIRMED" | "FALSE" | "MISLEADING">;

/** What a verdict short of confirmed adds after the attributed claim. */
const CAVEAT: Record<Hedged, string> = {
  UNRATED: "this has not been independently verified",
  LIKELY: "this is likely but not confirmed",
  UNPROVEN: "this could not be verified",
  DISPUTED: "this is disputed",
};

function caveatOf(verdict: Verdict): string | null {
  return verdict === "CONFIRMED" || verdict === "FALSE" || verdict === "MISLEADING" ? null : CAVEAT[verdict];
}

/** "Russian authorities said …; {caveat}." — "Reports said" when nobody is named: we never invent a claimant. */
function attributedFigure(claim: WordingClaim, caveat: string): string {
  return `${capitalise(speakerName(claim.claimant) ?? "reports")} said ${printableFigure(casualtyOf(claim))}; ${caveat}.`;
}

function figureFinding(claim: WordingClaim, finding: "false" | "misleading"): string {
  const claimant = speakerName(claim.claimant);
  return `A claim${claimant ? ` by ${claimant}` : ""} that ${printableFigure(casualtyOf(claim))} is ${finding}.`;
}

// ---- Responsibility --------------------------------------------------------------------------------------------

interface Responsibility {
  actor: string;
  attribution: Attribution;
  /** " through its Amaq news agency", or "" without a channel. */
  through: string;
  claimant: string | null;
  assessment: Likelihood;
  verdict: Verdict;
}

function responsibilityOf(claim: WordingClaim): Responsibility {
  const actor = clean(claim.responsibility?.actor);
  if (claim.responsibility === null || actor === null) throw new Error("This wording rule needs the actor and attribution");
  // The channel is recorded as a phrase ("its Amaq news agency"); a leading "through"/"via" would double up.
  const channel = clean(claim.responsibility.channel?.replace(/^\s*(through|via)\s+/i, ""));
  return {
    actor,
    attribution: claim.responsibility.attribution,
    through: channel ? ` through ${channel}` : "",
    claimant: speakerName(claim.claimant),
    assessment: claim.responsibility.assessment,
    verdict: claim.verdict,
  };
}

const hasActor = (claim: WordingClaim): boolean => claim.kind === "RESPONSIBILITY" && clean(claim.responsibility?.actor) !== null;

const isAttribution = (claim: WordingClaim, attribution: Attribution): boolean => hasActor(claim) && claim.responsibility?.attribution === attribution;

/** ICD-203 words for the newsroom's own judgement. */
const ASSESSMENT: Record<Exclude<Likelihood, "NOT_ASSESSED">, string> = {
  ALMOST_CERTAIN: "is almost certainly responsible",
  VERY_LIKELY: "is very likely responsible",
  LIKELY: "is likely responsible",
  ROUGHLY_EVEN: "is as likely as not responsible",
  UNLIKELY: "is unlikely to be responsible",
  VERY_UNLIKELY: "is very unlikely to be responsible",
  ALMOST_NO_CHANCE: "is almost certainly not responsible",
};

/** Our assessment is its own sentence, so that it is never mistaken for what the claimant said. */
function withAssessment(sentence: string, { actor, assessment }: Responsibility): string {
  if (assessment === "NOT_ASSESSED") return sentence;
  return `${sentence} ${capitalise(actor)} ${ASSESSMENT[assessment]}, according to our assessment.`;
}

/** "…; {caveat}." for a verdict short of confirmed, "." otherwise. */
function hedge(clause: string, verdict: Verdict): string {
  const caveat = caveatOf(verdict);
  return `${capitalise(clause)}${caveat ? `; ${caveat}` : ""}.`;
}

/** The claim about responsibility as a noun phrase, for a finding: "a claim of responsibility by X through Y". */
function responsibilityClaimPhrase({ actor, attribution, through, claimant }: Responsibility): string {
  const wasResponsible = `that ${actor} was responsible for the attack`;
  switch (attribution) {
    case "SELF_CLAIMED":
      return `a claim of responsibility by ${actor}${through}`;
    case "DENIED":
      return `a denial of responsibility by ${actor}${through}`;
    case "OFFICIAL":
      return `a claim by ${claimant ?? "officials"} ${wasResponsible}`;
    case "MEDIA":
      return `a claim ${claimant ? `by ${claimant}` : "in media reports"} ${wasResponsible}`;
    case "SUSPECTED":
      return `a suggestion ${claimant ? `by ${claimant}` : "in reports"} ${wasResponsible}`;
  }
}

function responsibilityFinding(claim: WordingClaim, finding: "false" | "misleading"): string {
  const r = responsibilityOf(claim);
  return withAssessment(`${capitalise(responsibilityClaimPhrase(r))} is ${finding}.`, r);
}

const ASSESSMENT_NOTE =
  " When we have assessed responsibility ourselves, our assessment follows as its own sentence in the agreed words (ICD-203), e.g. “X is very likely responsible, according to our assessment.”";

// ---- Statements ------------------------------------------------------------------------------------------------

/** The statement inside quotation marks, ending with sentence punctuation; its own double quotes become single. */
function quoted(text: string): string {
  const inner = text.replace(/“/g, "‘").replace(/”/g, "’");
  return `“${/[.!?]['"‘’]*$/.test(inner) ? inner : `${inner}.`}”`;
}

function quotedStatement(claim: WordingClaim, after: string): string {
  return `${capitalise(speakerName(claim.claimant) ?? "reports")} said: ${quoted(clean(claim.text) ?? "")} ${after}`;
}

const hasText = (claim: WordingClaim): boolean => clean(claim.text) !== null;

// ---- The table -------------------------------------------------------------------------------------------------

// First match wins: findings (false, misleading) come before any wording of the claim itself, and the
// statement rules catch claims recorded without their figure or actor, so that every claim gets words.
export const WORDING_RULES: readonly WordingRule[] = [
  {
    id: "casualty-false",
    description: "A figure found false is never printed as a number of victims: the sentence prints our finding that the claim is false.",
    asFact: false,
    applies: (claim) => hasFigure(claim) && claim.verdict === "FALSE",
    write: (claim) => figureFinding(claim, "false"),
  },
  {
    id: "casualty-misleading",
    description: "A figure found misleading is not printed as fact: the sentence prints our finding that the claim is misleading.",
    asFact: false,
    applies: (claim) => hasFigure(claim) && claim.verdict === "MISLEADING",
    write: (claim) => figureFinding(claim, "misleading"),
  },
  {
    id: "casualty-confirmed",
    description:
      "A confirmed figure may be printed as fact, with its qualifier (at least, up to, about, between) and still credited to its source (“…, according to Russian authorities.”). A sentence never opens with a numeral.",
    asFact: true,
    applies: (claim) => hasFigure(claim) && claim.verdict === "CONFIRMED",
    write: (claim) => {
      const sentence = figureAtSentenceStart(printableFigure(casualtyOf(claim)));
      const claimant = speakerName(claim.claimant);
      return claimant ? `${sentence}, according to ${claimant}.` : `${sentence}.`;
    },
  },
  {
    id: "casualty-likely",
    description: "A figure rated likely is printed only as what its source said, with the warning that it is likely but not confirmed.",
    asFact: false,
    applies: (claim) => hasFigure(claim) && claim.verdict === "LIKELY",
    write: (claim) => attributedFigure(claim, CAVEAT.LIKELY),
  },
  {
    id: "casualty-unverified",
    description:
      "A figure not yet rated, at whatever stage of research, is printed only as what its source said (“Reports said …” when no source is named), with the warning that it has not been independently verified.",
    asFact: false,
    applies: (claim) => hasFigure(claim) && claim.verdict === "UNRATED",
    write: (claim) => attributedFigure(claim, CAVEAT.UNRATED),
  },
  {
    id: "casualty-unproven",
    description: "A figure we could not verify either way is printed only as what its source said, with the warning that it could not be verified.",
    asFact: false,
    applies: (claim) => hasFigure(claim) && claim.verdict === "UNPROVEN",
    write: (claim) => attributedFigure(claim, CAVEAT.UNPROVEN),
  },
  {
    id: "casualty-disputed",
    description: "A disputed figure is printed only as what its source said, with the warning that the figure is disputed.",
    asFact: false,
    applies: (claim) => hasFigure(claim) && claim.verdict === "DISPUTED",
    write: (claim) => attributedFigure(claim, "this figure is disputed"),
  },
  {
    id: "responsibility-false",
    description: `A claim about responsibility found false is printed as our finding, never as the claim itself.${ASSESSMENT_NOTE}`,
    asFact: false,
    applies: (claim) => hasActor(claim) && claim.verdict === "FALSE",
    write: (claim) => responsibilityFinding(claim, "false"),
  },
  {
    id: "responsibility-misleading",
    description: `A claim about responsibility found misleading is printed as our finding, never as the claim itself.${ASSESSMENT_NOTE}`,
    asFact: false,
    applies: (claim) => hasActor(claim) && claim.verdict === "MISLEADING",
    write: (claim) => responsibilityFinding(claim, "misleading"),
  },
  {
    id: "responsibility-self-claimed",
    description: `A confirmed claim of responsibility: we may state as fact that the group claimed it, and through which channel; that is not the same as saying the group did it.${ASSESSMENT_NOTE}`,
    asFact: true,
    applies: (claim) => isAttribution(claim, "SELF_CLAIMED") && claim.verdict === "CONFIRMED",
    write: (claim) => {
      const r = responsibilityOf(claim);
      return withAssessment(`${capitalise(r.actor)} claimed responsibility${r.through}.`, r);
    },
  },
  {
    id: "responsibility-self-claimed-unconfirmed",
    description: `A claim of responsibility not yet confirmed to exist: the group “reportedly” claimed it, with the warning that fits the verdict.${ASSESSMENT_NOTE}`,
    asFact: false,
    applies: (claim) => isAttribution(claim, "SELF_CLAIMED"),
    write: (claim) => {
      const r = responsibilityOf(claim);
      return withAssessment(hedge(`${r.actor} reportedly claimed responsibility${r.through}`, r.verdict), r);
    },
  },
  {
    id: "responsibility-official",
    description: `Officials blaming a group: printed as what they said (“Officials …” when none is named), never as fact, with the warning that fits the verdict.${ASSESSMENT_NOTE}`,
    asFact: false,
    applies: (claim) => isAttribution(claim, "OFFICIAL"),
    write: (claim) => {
      const r = responsibilityOf(claim);
      return withAssessment(hedge(`${r.claimant ?? "officials"} attributed the attack to ${r.actor}`, r.verdict), r);
    },
  },
  {
    id: "responsibility-media",
    description: `Media blaming a group: printed as what they reported (“Media reports …” when no outlet is named), never as fact, with the warning that fits the verdict.${ASSESSMENT_NOTE}`,
    asFact: false,
    applies: (claim) => isAttribution(claim, "MEDIA"),
    write: (claim) => {
      const r = responsibilityOf(claim);
      return withAssessment(hedge(`${r.claimant ?? "media reports"} attributed the attack to ${r.actor}`, r.verdict), r);
    },
  },
  {
    id: "responsibility-denied",
    description: `A group denying responsibility: printed as its denial, through the channel it used, with the warning that fits the verdict.${ASSESSMENT_NOTE}`,
    asFact: false,
    applies: (claim) => isAttribution(claim, "DENIED"),
    write: (claim) => {
      const r = responsibilityOf(claim);
      return withAssessment(hedge(`${r.actor} denied responsibility${r.through}`, r.verdict), r);
    },
  },
  {
    id: "responsibility-suspected",
    description: `A group suspected of an attack: printed as a suspicion, credited to whoever voiced it (“reports” when nobody is named), with the warning that fits the verdict.${ASSESSMENT_NOTE}`,
    asFact: false,
    applies: (claim) => isAttribution(claim, "SUSPECTED"),
    write: (claim) => {
      const r = responsibilityOf(claim);
      return withAssessment(hedge(`${r.actor} is suspected of responsibility, according to ${r.claimant ?? "reports"}`, r.verdict), r);
    },
  },
  {
    id: "statement-false",
    description: "A statement found false is quoted and credited to whoever made it, followed by our finding that it is false.",
    asFact: false,
    applies: (claim) => hasText(claim) && claim.verdict === "FALSE",
    write: (claim) => quotedStatement(claim, "This claim is false."),
  },
  {
    id: "statement-misleading",
    description: "A statement found misleading is quoted and credited to whoever made it, followed by our finding that it is misleading.",
    asFact: false,
    applies: (claim) => hasText(claim) && claim.verdict === "MISLEADING",
    write: (claim) => quotedStatement(claim, "This claim is misleading."),
  },
  {
    id: "statement-confirmed",
    description: "A confirmed statement may be printed as fact, in its own words, credited to its source (“…, according to Russian authorities.”).",
    asFact: true,
    applies: (claim) => hasText(claim) && claim.verdict === "CONFIRMED",
    write: (claim) => {
      const text = capitalise(clean(claim.text) ?? "");
      const claimant = speakerName(claim.claimant);
      // Drop the statement's own closing punctuation before ", according to", keeping a closing quotation mark.
      if (claimant) return `${text.replace(/[\s.,;:!?…]+(['"’”]*)$/, "$1")}, according to ${claimant}.`;
      const bare = text.replace(/[\s,;:]+$/, "");
      return /[.!?]['"’”]*$/.test(bare) ? bare : `${bare}.`;
    },
  },
  {
    id: "statement-likely",
    description: "A statement rated likely is quoted and credited to whoever made it, with the warning that it is likely but not confirmed.",
    asFact: false,
    applies: (claim) => hasText(claim) && claim.verdict === "LIKELY",
    write: (claim) => quotedStatement(claim, `${capitalise(CAVEAT.LIKELY)}.`),
  },
  {
    id: "statement-unverified",
    description:
      "A statement not yet rated, at whatever stage of research, is quoted and credited to whoever made it (“Reports said: …” when nobody is named), with the warning that it has not been independently verified.",
    asFact: false,
    applies: (claim) => hasText(claim) && claim.verdict === "UNRATED",
    write: (claim) => quotedStatement(claim, `${capitalise(CAVEAT.UNRATED)}.`),
  },
  {
    id: "statement-unproven",
    description: "A statement we could not verify either way is quoted and credited to whoever made it, with the warning that it could not be verified.",
    asFact: false,
    applies: (claim) => hasText(claim) && claim.verdict === "UNPROVEN",
    write: (claim) => quotedStatement(claim, `${capitalise(CAVEAT.UNPROVEN)}.`),
  },
  {
    id: "statement-disputed",
    description: "A disputed statement is quoted and credited to whoever made it, with the warning that it is disputed.",
    asFact: false,
    applies: (claim) => hasText(claim) && claim.verdict === "DISPUTED",
    write: (claim) => quotedStatement(claim, `${capitalise(CAVEAT.DISPUTED)}.`),
  },
  {
    id: "nothing-to-print",
    description: "A claim recorded without text, figure or actor has nothing that may be printed; the editor is told so instead.",
    asFact: false,
    applies: () => true,
    write: () => "Nothing can be printed for this claim yet: it has no text, figure or actor.",
  },
];

/**
 * The note goes inside the sentence, not beside it: whoever copies the words copies the note, so a toll two days
 * old is never pasted as the current one. "…, according to X; superseded: the toll has since risen to at least 133."
 */
function withSupersededNote(text: string, { words }: Superseded): string {
  return text.endsWith(".") ? `${text.slice(0, -1)}; superseded: ${words}.` : `${text} Superseded: ${words}.`;
}

/**
 * The words for a claim, and the rule that chose them. `superseded` says which later figure overtook it (see
 * supersession.ts, which decides that from the event's series); its note then ends the sentence.
 */
export function wordClaim(given: WordingClaim, superseded: Superseded | null = null): Wording {
  // A reopened claim is being checked again: its earlier verdict is not printed, whatever it was.
  const claim = { ...given, verdict: standingVerdict(given) };
  const rule = WORDING_RULES.find((candidate) => candidate.applies(claim));
  // Unreachable: the last rule applies to every claim.
  if (rule === undefined) throw new Error("No wording rule applies to this claim");
  const text = rule.write(claim);
  return {
    text: superseded ? withSupersededNote(text, superseded) : text,
    ruleId: rule.id,
    rule: rule.description,
    asFact: rule.asFact,
    superseded: superseded ? { byClaimId: superseded.byClaimId, words: superseded.words } : null,
  };
}
