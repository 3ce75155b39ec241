"use client";
import { memo, useEffect, useRef, type Dispatch } from "react";
import {
  attributionLabel,
  casualtyMetricLabel,
  casualtyPopulationLabel,
  claimKindLabel,
  figureQualifierLabel,
  figureWords,
  likelihoodLabel,
  type Attribution,
  type CasualtyMetric,
  type CasualtyPopulation,
  type ClaimKind,
  type FigureQualifier,
  type Likelihood,
} from "@claimdesk/schemas";
import { claimGroupLabels, type ClaimFormValues } from "@/components/claim-form-values";
import { readableMessage, type FieldErrors } from "@/components/form/field-errors";
import { fieldId } from "@/components/form/field-id";
import { SelectField, TextAreaField, TextField } from "@/components/form/fields";
import { attributionOptions, kindOptions, likelihoodOptions, metricOptions, populationOptions, qualifierOptions } from "@/components/form/options";
import { formatDateTime } from "@/lib/format-date";
import { fromUtcInputValue } from "@/lib/utc-input";
import { SUGGESTION_FIELDS, suggestionFieldLabels as claimFieldLabels, type SuggestionField } from "./suggestion-values";

export type Decision = "undecided" | "accepted" | "discarded";

/** What the card needs of a suggestion: where it stands in the report, why it was made, what it proposes. */
export interface SuggestionData {
  id: string;
  kind: ClaimKind;
  sentence: string;
  start: number;
  /** What the import sends as the evidence excerpt (a very long sentence is cut around the match). */
  excerpt: string;
  match: { text: string; start: number; end: number };
  reason: string;
}

export interface CardState {
  suggestion: SuggestionData;
  decision: Decision;
  editing: boolean;
  /** The proposed claim as form strings, with the editor's changes. */
  values: ClaimFormValues;
  /** As suggested, for "Undo my changes". */
  original: ClaimFormValues;
  edited: boolean;
  /** Problems the last import attempt found with this claim, by field ("casualty.max"), or "claim"/"excerpt". */
  errors: FieldErrors;
}

export type CardAction =
  | { type: "accept"; index: number }
  | { type: "discard"; index: number }
  | { type: "undo-discard"; index: number }
  | { type: "toggle-edit"; index: number }
  | { type: "set-value"; index: number; field: SuggestionField; value: string }
  | { type: "reset-values"; index: number };

/** The id of a card's field, for its label, its errors and links from the error summary. */
export const cardFieldId = (position: number, field: string): string => fieldId(`suggestion-${position}`, field);

const DECISION_WORDS: Record<Decision, string> = { undecided: "Undecided", accepted: "Accepted", discarded: "Discarded" };
const DECISION_TONE: Record<Decision, string> = { undecided: "neutral", accepted: "good", discarded: "neutral" };

/** The sentence with the words that made the rule fire marked; where the offsets do not fit, the words are looked up. */
function Highlighted({ suggestion }: { suggestion: SuggestionData }) {
  const { sentence, start, match } = suggestion;
  let at = match.start - start;
  if (sentence.slice(at, at + match.text.length) !== match.text) at = sentence.indexOf(match.text);
  if (at < 0 || match.text === "") return <>{sentence}</>;
  return (
    <>
      {sentence.slice(0, at)}
      <mark>{match.text}</mark>
      {sentence.slice(at + match.text.length)}
    </>
  );
}

const orDash = (value: string) => (value.trim() === "" ? "—" : value);
const labelOf = <T extends string>(labels: Record<T, string>, value: string): string => (value ? (labels[value as T] ?? value) : "—");

/** The figure in words when the card's values make one ("at least 133 killed"), else null. */
function figureOf(values: ClaimFormValues): string | null {
  const metric = values["casualty.metric"];
  const qualifier = values["casualty.qualifier"];
  if (!metric || !qualifier) return null;
  const number = (text: string) => (text.trim() === "" || Number.isNaN(Number(text)) ? null : Number(text));
  const min = number(values["casualty.min"]);
  return figureWords({
    metric: metric as CasualtyMetric,
    population: (values["casualty.population"] || "ALL") as CasualtyPopulation,
    qualifier: qualifier as FigureQualifier,
    min,
    max: qualifier === "EXACT" ? min : number(values["casualty.max"]),
    reportedAs: values["casualty.reportedAs"].trim() || null,
  });
}

function timeWords(value: string): string {
  const date = fromUtcInputValue(value);
  return date && !Number.isNaN(date.getTime()) ? formatDateTime(date) : orDash(value);
}

/** The proposed claim's fields, read-only. */
function ProposedClaim({ values }: { values: ClaimFormValues }) {
  // The kind is the card's heading.
  const rows: Array<[string, string]> = [
    [claimFieldLabels.text, orDash(values.text)],
    [claimFieldLabels.claimant, orDash(values.claimant)],
  ];
  if (values.claimedAt) rows.push([claimFieldLabels.claimedAt, timeWords(values.claimedAt)]);
  if (values.kind === "CASUALTY_COUNT") {
    const figure = figureOf(values);
    if (figure) rows.push(["Figure", figure]);
    rows.push(
      [claimFieldLabels["casualty.metric"], labelOf(casualtyMetricLabel, values["casualty.metric"])],
      [claimFieldLabels["casualty.qualifier"], labelOf(figureQualifierLabel, values["casualty.qualifier"])],
      [claimFieldLabels["casualty.min"], orDash(values["casualty.min"])],
      [claimFieldLabels["casualty.max"], values["casualty.qualifier"] === "EXACT" ? orDash(values["casualty.min"]) : orDash(values["casualty.max"])],
      [claimFieldLabels["casualty.population"], labelOf(casualtyPopulationLabel, values["casualty.population"])],
      [claimFieldLabels["casualty.reportedAs"], orDash(values["casualty.reportedAs"])],
    );
    if (values["casualty.asOf"]) rows.push([claimFieldLabels["casualty.asOf"], timeWords(values["casualty.asOf"])]);
  }
  if (values.kind === "RESPONSIBILITY") {
    rows.push(
      [claimFieldLabels["responsibility.actor"], orDash(values["responsibility.actor"])],
      [claimFieldLabels["responsibility.attribution"], labelOf<Attribution>(attributionLabel, values["responsibility.attribution"])],
      [claimFieldLabels["responsibility.channel"], orDash(values["responsibility.channel"])],
      [claimFieldLabels["responsibility.assessment"], labelOf<Likelihood>(likelihoodLabel, values["responsibility.assessment"])],
    );
  }
  return (
    <dl className="suggestion-facts">
      {rows.map(([label, value]) => (
        <div key={label} className={label === claimFieldLabels.text ? "suggestion-fact-wide" : undefined}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}


/** The problems that have no field of their own on the card as it is shown. */
function looseErrors(errors: FieldErrors, shownFields: ReadonlySet<string>): string[] {
  return Object.entries(errors).flatMap(([field, messages]) => {
    if (shownFields.has(field)) return [];
    const label = field === "claim" || field === "excerpt" ? null : (claimGroupLabels[field] ?? claimFieldLabels[field as SuggestionField] ?? field);
    return messages.map((message) => (label ? `${label}: ${readableMessage(message)}` : readableMessage(message)));
  });
}

/** The proposed claim's fields as inputs, with the claim form's labels and options. */
function ProposedClaimFields({ position, state, dispatch, index }: { position: number; state: CardState; dispatch: Dispatch<CardAction>; index: number }) {
  const { values, errors } = state;
  const field = (name: SuggestionField) => ({
    id: cardFieldId(position, name),
    value: values[name],
    onValueChange: (value: string) => dispatch({ type: "set-value", index, field: name, value }),
    errors: errors[name],
  });
  return (
    <div className="suggestion-fields">
      <div className="field-row">
        <SelectField label={claimFieldLabels.kind} required options={kindOptions} {...field("kind")} />
        <TextField label={claimFieldLabels.claimant} hint="Who made the claim." {...field("claimant")} />
        <TextField label={claimFieldLabels.claimedAt} type="datetime-local" hint="When it was made, in UTC." {...field("claimedAt")} />
      </div>
      <TextAreaField label={claimFieldLabels.text} required rows={2} {...field("text")} />
      {values.kind === "CASUALTY_COUNT" ? (
        <fieldset className="field-group">
          <legend>Casualty figure</legend>
          <div className="field-row">
            <SelectField label={claimFieldLabels["casualty.metric"]} required options={metricOptions} placeholder="Choose a metric" {...field("casualty.metric")} />
            <SelectField
              label={claimFieldLabels["casualty.qualifier"]}
              required
              options={qualifierOptions}
              placeholder="Choose a qualifier"
              {...field("casualty.qualifier")}
            />
            <TextField label={claimFieldLabels["casualty.min"]} type="number" inputMode="numeric" className="field-narrow" {...field("casualty.min")} />
            <TextField label={claimFieldLabels["casualty.max"]} type="number" inputMode="numeric" className="field-narrow" {...field("casualty.max")} />
          </div>
          <div className="field-row">
            <SelectField label={claimFieldLabels["casualty.population"]} options={populationOptions} {...field("casualty.population")} />
            <TextField label={claimFieldLabels["casualty.reportedAs"]} hint={'The figure\'s own words, e.g. "dozens".'} {...field("casualty.reportedAs")} />
            <TextField label={claimFieldLabels["casualty.asOf"]} type="datetime-local" {...field("casualty.asOf")} />
          </div>
        </fieldset>
      ) : null}
      {values.kind === "RESPONSIBILITY" ? (
        <fieldset className="field-group">
          <legend>Responsibility</legend>
          <div className="field-row">
            <TextField label={claimFieldLabels["responsibility.actor"]} required {...field("responsibility.actor")} />
            <SelectField
              label={claimFieldLabels["responsibility.attribution"]}
              required
              options={attributionOptions}
              placeholder="Choose an attribution"
              {...field("responsibility.attribution")}
            />
          </div>
          <div className="field-row">
            <TextField label={claimFieldLabels["responsibility.channel"]} hint="Where it was said." {...field("responsibility.channel")} />
            <SelectField label={claimFieldLabels["responsibility.assessment"]} options={likelihoodOptions} {...field("responsibility.assessment")} />
          </div>
        </fieldset>
      ) : null}
    </div>
  );
}

interface SuggestionCardProps {
  /** 1-based, in reading order: "Suggestion 2". */
  position: number;
  index: number;
  state: CardState;
  dispatch: Dispatch<CardAction>;
}

/** One suggested claim: its sentence with the words that made it, why, what it proposes, and Accept / Edit / Discard. */
export const SuggestionCard = memo(function SuggestionCard({ position, index, state, dispatch }: SuggestionCardProps) {
  const { suggestion, decision, editing, values, edited, errors } = state;
  const headingId = `suggestion-${position}-heading`;
  const discardButton = useRef<HTMLButtonElement>(null);
  const undoButton = useRef<HTMLButtonElement>(null);
  // Discarding hides the card's buttons: the keyboard goes to "Undo discard", and back to "Discard" after it.
  const focusAfter = useRef<"undo" | "discard" | null>(null);

  useEffect(() => {
    const target = focusAfter.current === "undo" ? undoButton : focusAfter.current === "discard" ? discardButton : null;
    target?.current?.focus();
    focusAfter.current = null;
  }, [decision]);

  const shownFields = new Set(editing && decision !== "discarded" ? SUGGESTION_FIELDS.filter((name) => !name.includes(".") || name.startsWith(values.kind === "CASUALTY_COUNT" ? "casualty." : "responsibility.")) : []);
  const problems = looseErrors(errors, shownFields);
  const kind = (values.kind || suggestion.kind) as ClaimKind;

  return (
    <article
      className={`suggestion-card suggestion-${decision}${problems.length > 0 || Object.keys(errors).length > 0 ? " suggestion-invalid" : ""}`}
      data-testid="suggestion"
      data-kind={kind}
      data-decision={decision}
      aria-labelledby={headingId}
    >
      <div className="suggestion-head">
        <h3 id={headingId}>
          Suggestion {position}: {claimKindLabel[kind] ?? kind}
        </h3>
        <span className={`badge badge-${DECISION_TONE[decision]}`}>{DECISION_WORDS[decision]}</span>
        {edited && decision !== "discarded" ? <span className="badge badge-info">Edited</span> : null}
      </div>

      <blockquote className="suggestion-sentence">
        <Highlighted suggestion={suggestion} />
      </blockquote>

      {decision === "discarded" ? (
        <div className="suggestion-buttons">
          <button
            ref={undoButton}
            type="button"
            className="button"
            aria-label={`Undo discard of suggestion ${position}`}
            onClick={() => {
              focusAfter.current = "discard";
              dispatch({ type: "undo-discard", index });
            }}
          >
            Undo discard
          </button>
        </div>
      ) : (
        <>
          <p className="suggestion-reason">
            <span className="suggestion-label">Why suggested: </span>
            {suggestion.reason}
          </p>

          {problems.length > 0 ? (
            <div className="field-error suggestion-problems" id={cardFieldId(position, "claim")}>
              <span className="sr-only">Error: </span>
              {problems.join(" ")}
            </div>
          ) : null}

          {editing ? null : <ProposedClaim values={values} />}

          <div className="suggestion-buttons">
            <button
              type="button"
              className={decision === "accepted" ? "button button-primary" : "button"}
              aria-pressed={decision === "accepted"}
              aria-label={`Accept suggestion ${position}`}
              onClick={() => dispatch({ type: "accept", index })}
            >
              Accept
            </button>
            <button
              type="button"
              className="button"
              aria-expanded={editing}
              aria-label={`Edit suggestion ${position}`}
              onClick={() => dispatch({ type: "toggle-edit", index })}
            >
              Edit
            </button>
            <button
              ref={discardButton}
              type="button"
              className="button button-danger-quiet"
              aria-label={`Discard suggestion ${position}`}
              onClick={() => {
                focusAfter.current = "undo";
                dispatch({ type: "discard", index });
              }}
            >
              Discard
            </button>
            {edited ? (
              <button type="button" className="button button-small suggestion-reset" onClick={() => dispatch({ type: "reset-values", index })}>
                Undo my changes<span className="sr-only"> to suggestion {position}</span>
              </button>
            ) : null}
          </div>

          {/* After the buttons, so that the keyboard reaches the fields right after "Edit". */}
          {editing ? <ProposedClaimFields position={position} state={state} dispatch={dispatch} index={index} /> : null}
        </>
      )}
    </article>
  );
});
