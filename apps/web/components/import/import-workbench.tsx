"use client";
import { useEffect, useMemo, useReducer, useRef, useState, type FormEvent, type MouseEvent, type Ref } from "react";
import Link from "next/link";
import { countOf, articleExtractInput, articleImportInput, claimKindLabel, httpUrl, shortText, type ClaimKind, type SourceType } from "@claimdesk/schemas";
import type { RouterOutputs } from "@claimdesk/api";
import { trpc } from "@/lib/trpc-client";
import { formatDateTime } from "@/lib/format-date";
import { ErrorSummary } from "@/components/form/error-summary";
import { failureFromError, fieldErrorsFromIssues, readableMessage, type FieldErrors } from "@/components/form/field-errors";
import { FormActions } from "@/components/form/form-actions";
import { SelectField, TextAreaField, TextField, type Option } from "@/components/form/fields";
import { choice, dateOrOmit, textOrOmit } from "@/components/form/form-values";
import { sourceTypeOptions } from "@/components/form/options";
import { sendValidated } from "@/components/form/send-validated";
import { useFormState } from "@/components/form/use-form-state";
import { claimGroupLabels } from "@/components/claim-form-values";
import { SuggestionCard, cardFieldId, type CardAction, type CardState } from "./suggestion-card";
import { SUGGESTION_FIELDS, claimFromSuggestionValues, suggestionFieldLabels, type SuggestionField, routeImportErrors, suggestionFormValues, valuesChanged } from "./suggestion-values";

type Extraction = RouterOutputs["article"]["extract"];
type Suggestion = Extraction["suggestions"][number];
type KnownSource = NonNullable<Extraction["source"]>;
type Imported = RouterOutputs["article"]["import"];

type ReportField = "text" | "url" | "publishedAt" | "title" | "publisher" | "type" | "eventId";

const reportLabels = {
  text: "Text of the report",
  url: "URL",
  publishedAt: "Published at (UTC)",
  title: "Title",
  publisher: "Publisher",
  type: "Source type",
  eventId: "Event",
  claims: "Accepted suggestions",
} satisfies Record<ReportField | "claims", string>;

interface ImportWorkbenchProps {
  /** The event the claims go to, fixed by the page (/events/[id]/import)... */
  event?: { id: string; title: string };
  /** ...or chosen in the form from these (/import), preselected with `initialEventId`. */
  events?: Option[];
  initialEventId?: string;
}

// ---- The cards' state ----------------------------------------------------------------------------------------

type CardsAction = CardAction | { type: "load"; suggestions: Suggestion[] } | { type: "set-errors"; errors: Map<number, FieldErrors> } | { type: "accept-undecided" };

/** Suggestions found again by a second "Find claims" keep the editor's decision and changes. */
const suggestionKey = (suggestion: Pick<Suggestion, "kind" | "sentence" | "match">) => `${suggestion.kind}\u0000${suggestion.sentence}\u0000${suggestion.match.text}`;

function newCard(suggestion: Suggestion): CardState {
  const values = suggestionFormValues(suggestion.claim);
  return { suggestion, decision: "undecided", editing: false, values, original: values, edited: false, errors: {} };
}

function cardsReducer(cards: CardState[], action: CardsAction): CardState[] {
  const update = (index: number, change: (card: CardState) => CardState) => cards.map((card, at) => (at === index ? change(card) : card));
  switch (action.type) {
    case "load": {
      const before = new Map(cards.map((card) => [suggestionKey(card.suggestion), card]));
      return [...action.suggestions]
        .sort((a, b) => a.start - b.start || a.match.start - b.match.start)
        .map((suggestion) => {
          const kept = before.get(suggestionKey(suggestion));
          return kept ? { ...kept, suggestion, errors: {} } : newCard(suggestion);
        });
    }
    case "accept":
      return update(action.index, (card) => ({ ...card, decision: card.decision === "accepted" ? "undecided" : "accepted" }));
    case "accept-undecided":
      return cards.map((card) => (card.decision === "undecided" ? { ...card, decision: "accepted" } : card));
    case "discard":
      return update(action.index, (card) => ({ ...card, decision: "discarded", errors: {} }));
    case "undo-discard":
      return update(action.index, (card) => ({ ...card, decision: "undecided" }));
    case "toggle-edit":
      return update(action.index, (card) => ({ ...card, editing: !card.editing }));
    case "set-value":
      return update(action.index, (card) => {
        const values = { ...card.values, [action.field]: action.value };
        // Changing a suggestion is taking it: an undecided card becomes accepted (Discard still drops it).
        return { ...card, values, edited: valuesChanged(values, card.original), decision: card.decision === "undecided" ? "accepted" : card.decision };
      });
    case "reset-values":
      return update(action.index, (card) => ({ ...card, values: card.original, edited: false, errors: {} }));
    case "set-errors":
      return cards.map((card, index) => {
        const errors = action.errors.get(index) ?? {};
        // A card with problems opens its fields, so that each problem shows beside its field.
        return { ...card, errors, editing: card.editing || Object.keys(errors).length > 0 };
      });
  }
}

/** Moves the keyboard to a field named in an error list, as the form kit's error summary does. */
function focusTarget(event: MouseEvent<HTMLAnchorElement>) {
  const target = document.getElementById(event.currentTarget.hash.slice(1));
  if (!target) return;
  event.preventDefault();
  const control = target.matches("input, select, textarea, button") ? target : (target.querySelector<HTMLElement>("input, select, textarea, button") ?? target);
  control.focus();
  target.scrollIntoView({ block: "center" });
}

// ---- The workbench -------------------------------------------------------------------------------------------

/**
 * Pasting a report, finding the claims in it, and importing the ones the editor accepts (perhaps edited) as
 * claims that cite the report. Everything typed is kept when the server refuses something; each problem is said
 * beside its field, on the report or on the card it concerns.
 */
export function ImportWorkbench({ event, events, initialEventId }: ImportWorkbenchProps) {
  const form = useFormState<ReportField>("import", {
    text: "",
    url: "",
    publishedAt: "",
    title: "",
    publisher: "",
    type: "NEWS_REPORT",
    eventId: event?.id ?? initialEventId ?? "",
  });
  const [cards, dispatch] = useReducer(cardsReducer, []);
  const [found, setFound] = useState<{ count: number; source: KnownSource | null } | null>(null);
  const [lastAction, setLastAction] = useState<"find" | "import">("find");
  const [importing, setImporting] = useState(false);
  const [done, setDone] = useState<{ result: Imported; event: { id: string; title: string } | null } | null>(null);
  const suggestionsHeading = useRef<HTMLHeadingElement>(null);
  const doneHeading = useRef<HTMLHeadingElement>(null);
  const [focusSuggestions, setFocusSuggestions] = useState(0);

  useEffect(() => {
    if (focusSuggestions > 0) suggestionsHeading.current?.focus();
  }, [focusSuggestions]);
  useEffect(() => {
    if (done) doneHeading.current?.focus();
  }, [done]);

  const counts = useMemo(() => {
    const count = { accepted: 0, discarded: 0, undecided: 0 };
    for (const card of cards) count[card.decision]++;
    return count;
  }, [cards]);
  const url = form.values.url.trim();
  // Compared as stored: the API keeps a URL's scheme and host in lower case ("HTTPS://Example.org/x").
  const typedUrl = httpUrl.safeParse(form.values.url);
  const known = found?.source && typedUrl.success && found.source.url === typedUrl.data ? found.source : null;
  const chosenEvent = event ?? (form.values.eventId ? { id: form.values.eventId, title: events?.find((option) => option.value === form.values.eventId)?.label ?? "the event" } : null);

  async function find(submitted: FormEvent<HTMLFormElement>) {
    submitted.preventDefault();
    setLastAction("find");
    const input = { text: form.values.text, url: textOrOmit(form.values.url), publishedAt: dateOrOmit(form.values.publishedAt) };
    const answer = await sendValidated(form, articleExtractInput, input, (checked) => trpc.article.extract.mutate(checked));
    if (!answer) return;
    form.fail({}, null);
    dispatch({ type: "load", suggestions: answer.suggestions });
    setFound({ count: answer.suggestions.length, source: answer.source });
    // Offer what the recorded source says where the editor left the fields empty.
    if (answer.source) {
      const source = answer.source;
      if (!form.values.title.trim() && source.title) form.setValue("title", source.title);
      if (!form.values.publisher.trim() && source.publisher) form.setValue("publisher", source.publisher);
    }
    setFocusSuggestions((count) => count + 1);
  }

  async function runImport(submitted: FormEvent<HTMLFormElement>) {
    submitted.preventDefault();
    setLastAction("import");
    const accepted = cards.map((card, index) => ({ card, index })).filter(({ card }) => card.decision === "accepted");
    const input = {
      url: form.values.url,
      title: textOrOmit(form.values.title),
      publisher: textOrOmit(form.values.publisher),
      publishedAt: dateOrOmit(form.values.publishedAt),
      type: choice<SourceType>(form.values.type),
      eventId: textOrOmit(form.values.eventId),
      claims: accepted.map(({ card }) => ({ claim: claimFromSuggestionValues(card.values), excerpt: card.suggestion.excerpt })),
    };
    // The n-th accepted claim in the request is this card.
    const showProblems = (errors: FieldErrors, message: string | null) => {
      const routed = routeImportErrors(errors);
      if (!url) routed.report.url = ["Required to import: the report's address, so that the claims can cite it as their source"];
      dispatch({ type: "set-errors", errors: new Map([...routed.claims].map(([position, fieldErrors]) => [accepted[position]?.index ?? -1, fieldErrors])) });
      form.fail(routed.report, message);
      setImporting(false);
    };
    const parsed = articleImportInput.safeParse(input);
    if (!parsed.success || !url) {
      showProblems(parsed.success ? {} : fieldErrorsFromIssues(parsed.error.issues), null);
      return;
    }
    form.start();
    setImporting(true);
    dispatch({ type: "set-errors", errors: new Map() });
    try {
      const result = await trpc.article.import.mutate(input);
      setImporting(false);
      form.fail({}, null);
      setDone({ result, event: chosenEvent });
    } catch (error) {
      const failure = failureFromError(error);
      showProblems(failure.fieldErrors, failure.message);
    }
  }

  function startOver() {
    setDone(null);
    setFound(null);
    dispatch({ type: "load", suggestions: [] });
    form.reset({ text: "", url: "", publishedAt: "", title: "", publisher: "", type: "NEWS_REPORT", eventId: event?.id ?? form.values.eventId });
  }

  if (done) return <ImportDone done={done} onAnother={startOver} headingRef={doneHeading} />;

  const acceptedLabel = `Import ${countOf(counts.accepted, "accepted claim", "accepted claims")}`;
  const cardProblems = cards.flatMap((card, index) =>
    Object.entries(card.errors).map(([field, messages]) => ({ index, field, messages })),
  );

  return (
    <div className="import-workbench">
      <form className="record-form import-report" noValidate onSubmit={find} aria-labelledby="import-report-heading">
        <h2 id="import-report-heading">1. The report</h2>
        {lastAction === "find" ? (
          <ErrorSummary formId={form.formId} errors={form.errors} labels={reportLabels} message={form.message} attempt={form.attempt} title="Could not look for claims" />
        ) : null}
        {events ? (
          <SelectField
            label={reportLabels.eventId}
            options={events}
            placeholder="No event"
            hint="The event the imported claims are about; their figures then count in its tally."
            {...form.field("eventId")}
          />
        ) : null}
        <TextAreaField
          label={reportLabels.text}
          required
          rows={14}
          hint="Paste the whole report. Nothing is saved until you import the claims you accept."
          className="import-text"
          {...form.field("text")}
        />
        <TextField
          label={reportLabels.url}
          type="url"
          inputMode="url"
          hint={
            known ? (
              <span className="known-source">
                Already recorded as <Link href={`/sources/${known.id}`}>{known.title ?? known.url}</Link>
                {known.publisher ? ` (${known.publisher}${known.publishedAt ? `, ${formatDateTime(known.publishedAt)}` : ""})` : ""}; the claims will cite
                it. The title, publisher and type below are not changed.
              </span>
            ) : cards.length > 0 && !url ? (
              "Needed to import: the report's address (http:// or https://), which the claims will cite as their source."
            ) : (
              "The report's address; needed to import, so that the claims cite it as their source."
            )
          }
          {...form.field("url")}
        />
        <div className="field-row">
          <TextField label={reportLabels.publishedAt} type="datetime-local" hint="In UTC." {...form.field("publishedAt")} />
          <SelectField label={reportLabels.type} options={sourceTypeOptions} {...form.field("type")} />
        </div>
        <div className="field-row">
          <TextField label={reportLabels.title} {...form.field("title")} />
          <TextField label={reportLabels.publisher} hint="The outlet that published it." {...form.field("publisher")} />
        </div>
        <FormActions
          submitLabel="Find claims"
          submitClassName={found ? "button" : "button button-primary"}
          pending={form.pending && !importing}
          pendingText="Looking for claims…"
        />
      </form>

      {found ? (
        <section aria-labelledby="suggestions-heading" className="import-suggestions">
          <h2 id="suggestions-heading" ref={suggestionsHeading} tabIndex={-1}>
            2. Suggested claims <span className="count">({cards.length})</span>
          </h2>
          {cards.length === 0 ? (
            <p className="empty">
              No claims found in this text. You can still record one by hand:{" "}
              <Link href={event ? `/claims/new?eventId=${encodeURIComponent(event.id)}` : "/claims/new"}>New claim</Link>.
            </p>
          ) : (
            <>
              <p className="field-hint import-instructions">
                In the order they appear in the report. Accept the claims to record, edit any first (changing a field accepts it), discard the rest.
                Each accepted claim cites the report, with its sentence as the excerpt.
              </p>
              <ol className="suggestion-list">
                {cards.map((card, index) => (
                  <li key={card.suggestion.id}>
                    <SuggestionCard position={index + 1} index={index} state={card} dispatch={dispatch} />
                  </li>
                ))}
              </ol>
            </>
          )}

          {cards.length > 0 ? (
            <>
              {lastAction === "import" ? (
                <ErrorSummary
                  formId={form.formId}
                  errors={form.errors}
                  labels={reportLabels}
                  message={form.message}
                  attempt={form.attempt}
                  title="Nothing was imported"
                >
                  {cardProblems.length > 0 ? (
                    <ul>
                      {cardProblems.map(({ index, field, messages }) => {
                        const label = suggestionFieldLabels[field as SuggestionField] ?? claimGroupLabels[field] ?? null;
                        const text = `Suggestion ${index + 1}${label ? `, ${label}` : ""}: ${messages.map(readableMessage).join(" ")}`;
                        const target = (SUGGESTION_FIELDS as readonly string[]).includes(field) ? cardFieldId(index + 1, field) : `suggestion-${index + 1}-heading`;
                        return (
                          <li key={`${index}-${field}`}>
                            <a href={`#${target}`} onClick={focusTarget}>
                              {text}
                            </a>
                          </li>
                        );
                      })}
                    </ul>
                  ) : null}
                </ErrorSummary>
              ) : null}
              <form className="import-submit" noValidate onSubmit={runImport} aria-label="Import the accepted claims">
                <div className="import-submit-row">
                  <p className="import-counter" role="status" aria-live="polite">
                    {counts.accepted} accepted, {counts.discarded} discarded, {counts.undecided} undecided
                  </p>
                  {counts.undecided > 0 ? (
                    <button type="button" className="button" onClick={() => dispatch({ type: "accept-undecided" })}>
                      Accept all {counts.undecided} undecided
                    </button>
                  ) : null}
                  <button type="submit" className="button button-primary" disabled={importing}>
                    {acceptedLabel}
                  </button>
                  <span className="field-hint">
                    {chosenEvent ? (
                      <>
                        Into the event <strong>{chosenEvent.title}</strong>.
                      </>
                    ) : (
                      "Into no event."
                    )}{" "}
                    {!url ? "Add the report's URL above first." : null}
                  </span>
                  <span className="form-status" role="status">
                    {importing ? "Importing…" : ""}
                  </span>
                </div>
              </form>
            </>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}

/** What the import recorded, with links to each claim and to the event. */
function ImportDone({
  done,
  onAnother,
  headingRef,
}: {
  done: { result: Imported; event: { id: string; title: string } | null };
  onAnother(): void;
  headingRef: Ref<HTMLHeadingElement>;
}) {
  const { result, event } = done;
  const { source, claims } = result;
  return (
    <section className="panel import-done" aria-labelledby="import-done-heading">
      <h2 id="import-done-heading" ref={headingRef} tabIndex={-1}>
        Imported {countOf(claims.length, "claim", "claims")}
      </h2>
      <p>
        {source.created ? "Recorded the report as a new source: " : "They cite the source already recorded: "}
        <Link href={`/sources/${source.id}`}>{source.title ?? source.url}</Link>
        {source.publisher ? ` (${source.publisher})` : ""}, with each claim’s sentence as its excerpt.
      </p>
      <ul className="import-done-list">
        {claims.map((claim) => (
          <li key={claim.id}>
            <Link href={`/claims/${claim.id}`}>
              {claimKindLabel[claim.kind as ClaimKind] ?? claim.kind}: {shortText(claim.text, 120)}
            </Link>
          </li>
        ))}
      </ul>
      <p className="import-done-actions">
        {event ? (
          <Link href={`/events/${event.id}`} className="button button-primary">
            Go to the event: {event.title}
          </Link>
        ) : (
          <Link href="/claims" className="button button-primary">
            Go to the claims
          </Link>
        )}
        <button type="button" className="button" onClick={onAnother}>
          Import another report
        </button>
      </p>
    </section>
  );
}
