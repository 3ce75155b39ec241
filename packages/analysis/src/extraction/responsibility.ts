import type { Attribution } from "@claimdesk/schemas";
import { claimantFor, namedKind, type Speaker } from "./claimants";
import { anaphorEndingAt, nameListAt, nameListEndingAt, readName, type NamePhrase } from "./names";
import { isCapitalised, phraseAt, phraseTable, spanText, type Token } from "./tokens";

// Statements of who carried out an attack: claims of responsibility ("X claimed responsibility ... through its
// Y"), denials ("X denied any involvement"), attributions by officials or media ("officials blamed X", "media
// reported that X was behind") and suspicions ("X is believed to be behind"). The actor is always a name written
// in the sentence, or the one group an "it" or "the group" plainly stands for; never a guess.

export interface ResponsibilityFinding {
  actor: string;
  attribution: Attribution;
  channel?: string;
  claimant?: string;
  /** Tokens [from, to) of the words that made the rule fire. */
  from: number;
  to: number;
  /** The pronoun ("it", "the group") the actor was read from, when it was one. */
  anaphor?: string;
}

export interface ResponsibilityContext {
  text: string;
  tokens: readonly Token[];
  speakers: readonly Speaker[];
  /** The group that "it" or "the group" at this offset of the text plainly stands for, if any. */
  resolve: (offset: number) => string | undefined;
}

const words = (list: string) => new Set(list.split(" "));

const SINGLE_ATTACK = words("attack bombing shooting assault explosion blast massacre raid atrocity");
const ATTACK_NOUNS = words("attack attacks bombing bombings shooting shootings assault explosion explosions blast blasts massacre raid operation killings atrocity");
/** Between a subject and its verb: "X has since claimed", "X flatly denied", "X, however, denied". */
const SUBJECT_ADVERBS = words(
  "has have had also later quickly swiftly flatly strongly firmly categorically immediately repeatedly publicly vehemently officially formally reportedly since already itself then subsequently jointly together both",
);
const BE = words("is was are were be been being");
/** Words on the way back from "behind" to its subject that make the attribution a suspicion. */
const SUSPICION = words("believed thought suspected likely probably possibly allegedly alleged may might could understood presumed");
const CHAIN = new Set([...BE, ...SUSPICION, ...SUBJECT_ADVERBS, "to", "widely", "also", "most", "have"]);
/** Anything before the attribution in its clause that undoes it: "no evidence that X was behind", "denied that ...". */
const NEGATIONS = words("not never no denied denies deny denying rejected rejects dismissed dismisses whether if unclear doubt doubts doubted questioned unlikely nor without");
/** Words that start a new clause, or a new report within the sentence ("denied any role and said X was behind"). */
const CLAUSE_WORDS = words("but while whereas although though however said says say told added insisted stated believe believes");

const SELF_CLAIM = phraseTable<true>({
  "claimed responsibility": true,
  "claims responsibility": true,
  "claim responsibility": true,
  "claiming responsibility": true,
  "claimed credit": true,
  "claims credit": true,
  "took responsibility": true,
  "has taken responsibility": true,
  "taken responsibility": true,
  "takes responsibility": true,
  "took full responsibility": true,
  "accepted responsibility": true,
  "accepts responsibility": true,
  "admitted responsibility": true,
  "assumed responsibility": true,
  "claimed the": true,
  "claims the": true,
});
/** "X said it carried out ...": the deed after "said it". */
const SELF_DEEDS = phraseTable<true>({
  "carried out": true,
  "had carried out": true,
  "has carried out": true,
  "was behind": true,
  "had been behind": true,
  "was responsible": true,
  staged: true,
  "had staged": true,
  conducted: true,
  launched: true,
  perpetrated: true,
  orchestrated: true,
  committed: true,
});
/** "its fighters carried out ...": the group's own people. */
const OWN_PEOPLE = words("fighters members militants men units unit cell cells operatives soldiers mujahideen");
const DEED_VERBS = phraseTable<true>({
  "carried out": true,
  orchestrated: true,
  masterminded: true,
  planned: true,
  staged: true,
  perpetrated: true,
  ordered: true,
  organised: true,
  organized: true,
  committed: true,
  conducted: true,
});
const DENY_VERBS = words("denied denies deny denying rejected rejects dismissed dismisses disavowed");
const DENIAL_OBJECTS = words(
  "involvement involved responsibility responsible role part links link ties behind connection connections complicity anything carried carrying orchestrating accusations accusation allegations allegation blame",
);
const REJECTION_OBJECTS = words("accusations accusation allegations allegation blame involvement responsibility role links ties");
const LINK_NOUNS = words("links link ties connections connection linked");
const PUBLISH_VERBS = words("carried published posted released issued distributed shared circulated broadcast aired");
const CHANNEL_NOUNS = words(
  "channel channels account accounts agency website site newsletter outlet app platform page feed radio station magazine arm wing forum service bulletin blog telegram twitter facebook youtube instagram tiktok whatsapp",
);
const PLATFORMS = words("telegram twitter x facebook youtube instagram tiktok whatsapp");
const CHANNEL_STOPS = words(
  "that which who saying and after hours late early earlier later following while as but where when shortly in on at for to from with during without claiming",
);

export function findResponsibility(context: ResponsibilityContext): ResponsibilityFinding[] {
  const findings: ResponsibilityFinding[] = [];
  // The words of claims and denials: an attribution rule must not read them a second time ("X said it carried out").
  const used = new Set<number>();
  const add = (finding: ResponsibilityFinding | undefined) => {
    if (!finding || finding.actor.length > 300) return;
    if (findings.some((other) => other.actor === finding.actor && other.attribution === finding.attribution)) return;
    for (let at = finding.from; at < finding.to; at++) used.add(at);
    findings.push(finding);
  };
  const { tokens } = context;
  for (let at = 0; at < tokens.length; at++) {
    const claims = selfClaimAt(context, at);
    (claims.length > 0 ? claims : denialAt(context, at)).forEach(add);
  }
  for (let at = 0; at < tokens.length; at++) if (!used.has(at)) attributionAt(context, at).forEach(add);
  return findings.sort((a, b) => a.from - b.from);
}

interface Subject {
  actor: string;
  from: number;
  anaphor?: string;
  group: boolean;
}

/** Plural nouns a list of groups may stand in apposition to: "Two groups, the X and the Y, jointly claimed". */
const GROUPS_NOUNS = words("groups organisations organizations factions militias movements");

/**
 * The names (or the group an "it" stands for) ending before token `end`, after skipping adverbs: one subject,
 * or several joined by "and" ("the Northern Front and the Free Army claimed"). Each starts where the list does,
 * so that every suggestion of a joint claim shows the whole of it.
 */
function subjectsBefore(context: ResponsibilityContext, end: number, skip: ReadonlySet<string> = SUBJECT_ADVERBS): Subject[] {
  const { text, tokens } = context;
  let position = end;
  while (position > 0 && skip.has(tokens[position - 1]!.lower)) position--;
  // "X, however, denied".
  if (tokens[position - 1]?.text === "," && tokens[position - 2]?.lower === "however" && tokens[position - 3]?.text === ",") position -= 3;
  // "X, which claimed responsibility".
  if (/^(which|who)$/.test(tokens[position - 1]?.lower ?? "") && tokens[position - 2]?.text === ",") position -= 2;
  const anaphor = anaphorEndingAt(tokens, position);
  if (anaphor) {
    const words = spanText(text, tokens, anaphor.from, anaphor.to);
    const actor = context.resolve(tokens[anaphor.from]!.start);
    return actor ? [{ actor, from: anaphor.from, anaphor: words, group: true }] : [];
  }
  // "Two groups, the Northern Front and the Free Army, jointly claimed": the list set off by commas.
  if (tokens[position - 1]?.text === ",") {
    const names = nameListEndingAt(text, tokens, position - 1);
    const start = names[0] === undefined ? -1 : names[0].from - (tokens[names[0].from - 1]?.lower === "the" ? 1 : 0);
    if (names.length < 2 || tokens[start - 1]?.text !== "," || !GROUPS_NOUNS.has(tokens[start - 2]?.lower ?? "")) return [];
    return names.map((name) => ({ actor: name.text, from: names[0]!.from, group: name.group }));
  }
  const names = nameListEndingAt(text, tokens, position);
  return names.map((name) => ({ actor: name.text, from: names[0]!.from, group: name.group }));
}

/** The single subject before `end`: where a list would be more than the words can bear ("X, which ..."). */
function subjectBefore(context: ResponsibilityContext, end: number): Subject | undefined {
  const subjects = subjectsBefore(context, end);
  return subjects.length === 1 ? subjects[0] : undefined;
}

/** "X claimed responsibility", "X took responsibility", "responsibility was claimed by X", "X said it carried out". */
function selfClaimAt(context: ResponsibilityContext, at: number): ResponsibilityFinding[] {
  const { text, tokens } = context;
  const phrase = phraseAt(tokens, at, SELF_CLAIM);
  if (phrase) {
    let end = at + phrase.length;
    // "claimed the attack" but not "claimed the lives of".
    if (tokens[end - 1]!.lower === "the") {
      if (!ATTACK_NOUNS.has(tokens[end]?.lower ?? "")) return [];
      end++;
    }
    const channel = findChannel(text, tokens, end);
    return subjectsBefore(context, at).map((subject) => ({
      actor: subject.actor, attribution: "SELF_CLAIMED", channel, claimant: subject.actor, from: subject.from, to: end, anaphor: subject.anaphor,
    }));
  }
  const token = tokens[at]!;
  // "Responsibility was claimed by X", "the attack was claimed by X".
  if (token.lower === "claimed" && tokens[at + 1]?.lower === "by" && BE.has(tokens[at - 1]?.lower ?? "")) {
    // "claimed by the Northern Front and the Free Army": each group of a joint claim claims it.
    const names = nameListAt(text, tokens, at + 2);
    if (names.length === 0) return [];
    const from = tokens[at - 2]?.lower === "responsibility" || ATTACK_NOUNS.has(tokens[at - 2]?.lower ?? "") ? at - 2 : at - 1;
    const to = names.at(-1)!.to;
    const channel = findChannel(text, tokens, to);
    return names.map((name) => ({ actor: name.text, attribution: "SELF_CLAIMED", channel, claimant: name.text, from, to }));
  }
  // "X said it carried out the attack", "X said in a statement on Telegram that its fighters had carried out the attack".
  if (/^(said|says|stated|announced|claimed|claims)$/.test(token.lower)) {
    let position = at + 1;
    if (!/^(that|it|they)$/.test(tokens[position]?.lower ?? "")) {
      // A short aside before "that": "in a statement on Telegram".
      let look = position;
      while (look < position + 10 && tokens[look] && tokens[look]!.lower !== "that" && !/^[.;!?]$/.test(tokens[look]!.text)) look++;
      if (tokens[look]?.lower !== "that") return [];
      position = look;
    }
    if (tokens[position]?.lower === "that") position++;
    const who = tokens[position]?.lower;
    let deedAt = position + 1;
    if (who === "its" || who === "their") {
      if (!OWN_PEOPLE.has(tokens[position + 1]?.lower ?? "")) return [];
      deedAt++;
    } else if (who !== "it" && who !== "they") return [];
    const deed = phraseAt(tokens, deedAt, SELF_DEEDS);
    if (!deed) return [];
    // "X and Y said they carried out": a plural pronoun may speak for several; "it" for one.
    const subjects = who === "they" || who === "their" ? subjectsBefore(context, at) : [subjectBefore(context, at)].filter((subject) => subject !== undefined);
    // Officials and media saying "it" did something speak of someone else.
    const speakFor = (subject: Subject) => (subject.anaphor ? "group" : namedKind(subject.actor));
    if (subjects.some((subject) => speakFor(subject) === "official" || speakFor(subject) === "media")) return [];
    const end = deedAt + deed.length;
    const channel = findChannel(text, tokens, at + 1);
    return subjects.map((subject) => ({
      actor: subject.actor, attribution: "SELF_CLAIMED", channel, claimant: subject.actor, from: subject.from, to: end, anaphor: subject.anaphor,
    }));
  }
  return [];
}

/** "X denied any involvement", "X denied it had anything to do with the attack", "X rejected the accusations". */
function denialAt(context: ResponsibilityContext, at: number): ResponsibilityFinding[] {
  const { tokens } = context;
  const verb = tokens[at]!.lower;
  if (!DENY_VERBS.has(verb)) return [];
  const objects = /^(denied|denies|deny|denying)$/.test(verb) ? DENIAL_OBJECTS : REJECTION_OBJECTS;
  let cue = -1;
  for (let position = at + 1; position < at + 15 && position < tokens.length; position++) {
    const token = tokens[position]!;
    if (/^[.;:!?]$/.test(token.text) || token.lower === "but") break;
    if (objects.has(token.lower)) {
      cue = position;
      break;
    }
  }
  if (cue < 0) return [];
  // "denied it had anything to do with the attack": the match runs to the end of the phrase.
  if (tokens[cue]!.lower === "anything" && tokens[cue + 1]?.lower === "to" && tokens[cue + 2]?.lower === "do" && tokens[cue + 3]?.lower === "with") cue += 3;
  let subjects = subjectsBefore(context, at);
  // "X issued a statement, denying any involvement": the one name before the verb denies.
  if (subjects.length === 0 && verb === "denying" && tokens[at - 1]?.text === ",") {
    const names = namesBetween(context.text, tokens, 0, at);
    if (names.length === 1) subjects = [{ actor: names[0]!.text, from: names[0]!.from, group: names[0]!.group }];
  }
  return subjects.map((subject) => ({ actor: subject.actor, attribution: "DENIED", claimant: subject.actor, from: subject.from, to: cue + 1, anaphor: subject.anaphor }));
}

function namesBetween(text: string, tokens: readonly Token[], from: number, to: number): NamePhrase[] {
  const names: NamePhrase[] = [];
  for (let at = from; at < to; ) {
    const name = readName(text, tokens, at);
    if (name && name.to <= to) {
      names.push(name);
      at = name.to;
    } else at++;
  }
  return names;
}

/** Attributions by someone else: blame, accusations, "X was behind", "links to X", "X is suspected of". */
function attributionAt(context: ResponsibilityContext, at: number): ResponsibilityFinding[] {
  const { text, tokens } = context;
  const word = tokens[at]!.lower;
  let actor: { text: string; from: number; to: number; anaphor?: string } | undefined;
  /** The other names of "the X and the Y were behind the attack". */
  let others: Subject[] = [];
  let from = at;
  let to = at + 1;
  let suspicion = false;
  /** "blamed X and Y": the first name is the actor, the rest are `others`; returns the last. */
  const readList = (position: number): NamePhrase | undefined => {
    const [first, ...rest] = nameListAt(text, tokens, position);
    if (!first) return undefined;
    actor = { text: first.text, from: first.from, to: first.to };
    others = rest.map((name) => ({ actor: name.text, from: first.from, group: name.group }));
    return rest.at(-1) ?? first;
  };

  if (/^(blamed|blames|blaming|blame)$/.test(word)) {
    // "blamed X", "was blamed on X", "blamed the attack on X".
    let nameAt = at + 1;
    if (tokens[nameAt]?.lower === "on") nameAt++;
    else if (tokens[nameAt]?.lower === "the" && ATTACK_NOUNS.has(tokens[nameAt + 1]?.lower ?? "") && tokens[nameAt + 2]?.lower === "on") nameAt += 3;
    to = readList(nameAt)?.to ?? to;
  } else if (/^(accused|accuses|accusing)$/.test(word)) {
    const last = readList(at + 1);
    if (last && tokens[last.to]?.lower !== "of") [actor, others] = [undefined, []];
    to = (last?.to ?? at) + 1;
  } else if (/^(attributed|attributes|attributing)$/.test(word)) {
    for (let position = at + 1; position < at + 7; position++) {
      if (!tokens[position] || tokens[position]!.kind === "punct") break;
      if (tokens[position]!.lower !== "to") continue;
      to = readList(position + 1)?.to ?? to;
      break;
    }
  } else if (word === "held") {
    const name = readName(text, tokens, at + 1);
    if (name && tokens[name.to]?.lower === "responsible") {
      actor = { text: name.text, from: name.from, to: name.to };
      to = name.to + 1;
    }
  } else if (LINK_NOUNS.has(word) && /^(to|with)$/.test(tokens[at + 1]?.lower ?? "")) {
    to = readList(at + 2)?.to ?? to;
  } else if (passiveDeedAt(tokens, at) !== undefined) {
    // "carried out by X", "the work of X".
    to = readList(passiveDeedAt(tokens, at)!)?.to ?? to;
  } else {
    // "X was behind", "X is believed to be behind", "X carried out the attack", "X is suspected of".
    const deed = deedAt(tokens, at);
    if (!deed) return [];
    let position = at;
    while (position > 0 && position > at - 8 && CHAIN.has(tokens[position - 1]!.lower)) {
      if (SUSPICION.has(tokens[position - 1]!.lower)) suspicion = true;
      position--;
    }
    if (word === "suspected") suspicion = true;
    if (deed.needsBe && !tokens.slice(position, at).some((token) => BE.has(token.lower))) return [];
    const [subject, ...rest] = subjectsBefore(context, position, new Set());
    if (!subject) return [];
    others = rest;
    actor = { text: subject.actor, from: subject.from, to: at, anaphor: subject.anaphor };
    from = subject.from;
    to = deed.to;
  }
  if (!actor || negated(tokens, Math.min(from, actor.from))) return [];
  const named = [actor.text, ...others.map((other) => other.actor)];
  const speakers = context.speakers.filter((speaker) => !named.includes(speaker.text));
  const attribution = attributionBy(speakers, suspicion) ?? (impersonallyReported(tokens) ? "MEDIA" : undefined);
  if (!attribution) return [];
  const claimant = claimantFor(speakers, from)?.text;
  const span = { from: Math.min(from, actor.from), to: Math.max(to, actor.to) };
  return [{ actor: actor.text, attribution, claimant, ...span, anaphor: actor.anaphor }, ...others.map((other) => ({ actor: other.actor, attribution, claimant, ...span }))];
}

/** Where the name starts after "carried out by", "organised by", "the work of"; undefined elsewhere. */
function passiveDeedAt(tokens: readonly Token[], at: number): number | undefined {
  if (tokens[at]!.lower === "the" && tokens[at + 1]?.lower === "work" && tokens[at + 2]?.lower === "of") return at + 3;
  const verb = phraseAt(tokens, at, DEED_VERBS);
  return verb && tokens[at + verb.length]?.lower === "by" ? at + verb.length + 1 : undefined;
}

/** Do the words from `at` speak of the attack ("the attack", "Sunday's bombing", "it"), or end the clause? */
function aboutTheAttack(tokens: readonly Token[], at: number, orNothing: boolean): boolean {
  const first = tokens[at];
  if (!first || /^[.,;:!?)"”]$/.test(first.text)) return orNothing;
  if (/^(it|this|them)$/.test(first.lower)) return true;
  for (let position = at; position < at + 5; position++) {
    const token = tokens[position];
    if (!token || token.kind === "punct" || token.kind === "number") return false;
    if (ATTACK_NOUNS.has(token.lower) || token.lower === "involvement") return true;
  }
  return false;
}

/** The words after a subject that say it did the attack; `needsBe` when they need "was"/"is" before them. */
function deedAt(tokens: readonly Token[], at: number): { to: number; needsBe: boolean } | undefined {
  const word = tokens[at]!.lower;
  // "behind the attack", "behind it", "was behind." but not "behind the station".
  if (word === "behind" && aboutTheAttack(tokens, at + 1, true)) return { to: at + 1, needsBe: true };
  if (word === "responsible" && (tokens[at + 1]?.lower === "for" ? aboutTheAttack(tokens, at + 2, false) : aboutTheAttack(tokens, at + 1, true))) {
    return { to: at + 1, needsBe: true };
  }
  if (word === "suspected" && tokens[at + 1]?.lower === "of" && aboutTheAttack(tokens, at + 2, false)) return { to: at + 2, needsBe: true };
  const verb = phraseAt(tokens, at, DEED_VERBS);
  if (!verb) return undefined;
  // The deed must be this attack: "carried out the attack", "staged Sunday's deadly bombing", not "14 attacks".
  const determiner = tokens[at + verb.length];
  if (!determiner || !(/^(the|this|that|last)$/.test(determiner.lower) || /'s$/.test(determiner.lower))) return undefined;
  for (let position = at + verb.length + 1; position < at + verb.length + 4; position++) {
    const token = tokens[position];
    if (!token || token.kind !== "word") break;
    if (SINGLE_ATTACK.has(token.lower)) return { to: position + 1, needsBe: false };
  }
  return undefined;
}

/** Does a negation stand in the clause before `at` ("no evidence that", "denied that")? */
function negated(tokens: readonly Token[], at: number): boolean {
  for (let position = at - 1; position >= 0; position--) {
    const token = tokens[position]!;
    if (/^[;:]$/.test(token.text) || CLAUSE_WORDS.has(token.lower)) return false;
    if (token.text === "," && !/^(that|who|which)$/.test(tokens[position + 1]?.lower ?? "")) {
      // A comma ends the clause unless the sentence goes on with what the speaker said ("..., officials believe X").
      return false;
    }
    if (NEGATIONS.has(token.lower) || token.lower.endsWith("n't")) return true;
  }
  return false;
}

/** Officials quoted anywhere in the sentence make it official; else media; else a suspicion. */
function attributionBy(speakers: readonly Speaker[], suspicion: boolean): Attribution | undefined {
  if (speakers.some((speaker) => speaker.kind === "official")) return "OFFICIAL";
  if (speakers.some((speaker) => speaker.kind === "media")) return "MEDIA";
  if (suspicion || speakers.length > 0) return "SUSPECTED";
  return undefined;
}

/** "It has been widely reported (that) ...", "X was reportedly behind": reporting with no one named is the media's. */
const REPORTING = words("reported reportedly");
function impersonallyReported(tokens: readonly Token[]): boolean {
  return tokens.some((token) => REPORTING.has(token.lower));
}

/** The channel of a claim: "through its Amaq news agency", "in a statement carried by X", "on its Telegram channel". */
function findChannel(text: string, tokens: readonly Token[], from: number): string | undefined {
  for (let position = from; position < from + 25 && position < tokens.length; position++) {
    const token = tokens[position]!;
    if (/^[.;!?]$/.test(token.text)) return undefined;
    let phraseAtPosition: number | undefined;
    let needsChannelNoun = false;
    if (token.lower === "through" || token.lower === "via") phraseAtPosition = position + 1;
    else if (PUBLISH_VERBS.has(token.lower) && /^(by|on|in|via|through|to)$/.test(tokens[position + 1]?.lower ?? "")) phraseAtPosition = position + 2;
    // "the attack on the market" names the target; "claimed the attack on Telegram" the channel.
    else if (token.lower === "on" && (!ATTACK_NOUNS.has(tokens[position - 1]?.lower ?? "") || PLATFORMS.has(tokens[position + 1]?.lower ?? ""))) {
      phraseAtPosition = position + 1;
      needsChannelNoun = true;
    }
    if (phraseAtPosition === undefined) continue;
    const channel = readChannel(text, tokens, phraseAtPosition, needsChannelNoun);
    if (channel) return channel;
  }
  return undefined;
}

function readChannel(text: string, tokens: readonly Token[], at: number, needsChannelNoun: boolean): string | undefined {
  let to = at;
  while (to < tokens.length && to - at < 8) {
    const token = tokens[to]!;
    if (token.kind === "punct" && !(token.text === "-" && to > at)) break;
    if (to > at && CHANNEL_STOPS.has(token.lower)) break;
    to++;
  }
  if (to === at || /^(it|them|this|that)$/.test(tokens[at]!.lower)) return undefined;
  const span = tokens.slice(at, to);
  const hasChannelNoun = span.some((token) => CHANNEL_NOUNS.has(token.lower));
  if (needsChannelNoun ? !hasChannelNoun : !(hasChannelNoun || span.some((token) => isCapitalised(token)))) return undefined;
  const channel = spanText(text, tokens, at, to);
  return channel.length <= 300 ? channel : undefined;
}
