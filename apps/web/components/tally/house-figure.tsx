import { capitalise, countOf, HOUSE_FIGURE_RULES, houseFigureRuleDescription, houseFigureRuleLabel, type CasualtyMetric, type HouseFigureRule } from "@claimdesk/schemas";
import { ClaimLinks } from "./claim-links";
import { HouseFigureRuleForm } from "./house-figure-rule-form";
import type { HouseFigureRow, Tally, TallyFigureRow } from "./tally-types";

// The house figure: what the newsroom may print now under the event's rule, big and plain, with the claims it
// rests on; then what every rule would give, so that an editor choosing a rule sees what it changes.

const origins = (n: number) => (n === 0 ? "no independent origin" : countOf(n, "independent origin", "independent origins"));

function CurrentHouseFigure({ house, rule, figures, metric }: { house: HouseFigureRow; rule: HouseFigureRule; figures: ReadonlyMap<string, TallyFigureRow>; metric: CasualtyMetric }) {
  return (
    <section className="house-figure" aria-labelledby="house-figure-heading">
      <h3 id="house-figure-heading">House figure</h3>
      <p className="house-figure-rule">
        Under the event&apos;s rule: <strong>{houseFigureRuleLabel[rule]}</strong> ({houseFigureRuleDescription[rule].toLowerCase()})
      </p>
      {house.words ? (
        <>
          <p className="house-figure-words" data-testid="house-figure">
            {capitalise(house.words)}
          </p>
          <p className="house-figure-explanation">{house.explanation}</p>
          <div className="house-figure-basis">
            <p>
              Rests on {house.restsOn.length === 1 ? "this claim" : `these ${house.restsOn.length} claims`}, with {origins(house.origins)}:
            </p>
            <ClaimLinks claimIds={house.restsOn} figures={figures} metric={metric} />
          </div>
        </>
      ) : (
        <>
          <p className="house-figure-words house-figure-none" data-testid="house-figure">
            No house figure yet
          </p>
          <p className="house-figure-explanation">{house.explanation}</p>
        </>
      )}
    </section>
  );
}

function UnderEachRule({ houseFigures, rule }: { houseFigures: Tally["houseFigures"]; rule: HouseFigureRule }) {
  return (
    <div className="table-wrap">
      <table className="data-table rules-table" data-testid="house-figure-rules">
        <thead>
          <tr>
            <th scope="col">Rule</th>
            <th scope="col">House figure</th>
            <th scope="col">How the rule chooses</th>
          </tr>
        </thead>
        <tbody>
          {HOUSE_FIGURE_RULES.map((each) => {
            const house = houseFigures[each];
            const current = each === rule;
            return (
              <tr key={each} className={current ? "rule-current" : undefined} aria-current={current ? "true" : undefined}>
                <th scope="row">
                  {houseFigureRuleLabel[each]}
                  {current ? (
                    <>
                      {" "}
                      <span className="badge badge-info">Current rule</span>
                    </>
                  ) : null}
                </th>
                <td>
                  {house.words ? (
                    <strong>{house.words}</strong>
                  ) : (
                    <>
                      <span aria-hidden="true">—</span>
                      <span className="sr-only">None</span>
                      <span className="cell-sub rule-why"> {house.explanation}</span>
                    </>
                  )}
                </td>
                <td className="cell-sub">{houseFigureRuleDescription[each]}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** With no figure for the metric yet: only the event's rule (and, for editors, the choice of rule). */
function RuleOnly({ tally, canEdit }: { tally: Tally; canEdit: boolean }) {
  const rule = tally.event.houseFigureRule;
  return (
    <section className="house-figure-rules" aria-labelledby="house-figure-heading">
      <h3 id="house-figure-heading">House figure</h3>
      <p className="house-figure-rule">
        None yet. When figures come in, the house figure follows the event&apos;s rule: <strong>{houseFigureRuleLabel[rule]}</strong> (
        {houseFigureRuleDescription[rule].toLowerCase()}).
      </p>
      {canEdit ? <HouseFigureRuleForm eventId={tally.event.id} current={rule} /> : null}
    </section>
  );
}

export function HouseFigurePanel({ tally, canEdit }: { tally: Tally; canEdit: boolean }) {
  const rule = tally.event.houseFigureRule;
  const figures = new Map(tally.figures.map((figure) => [figure.claimId, figure]));
  if (tally.figures.length === 0) return <RuleOnly tally={tally} canEdit={canEdit} />;
  return (
    <div className="house-figure-panel">
      <CurrentHouseFigure house={tally.houseFigure} rule={rule} figures={figures} metric={tally.metric} />
      <section className="house-figure-rules" aria-labelledby="house-figure-rules-heading">
        <h4 id="house-figure-rules-heading">Under each rule</h4>
        <UnderEachRule houseFigures={tally.houseFigures} rule={rule} />
        {canEdit ? (
          <HouseFigureRuleForm eventId={tally.event.id} current={rule} />
        ) : (
          <p className="field-hint">Editors choose the rule for this event; it applies to every metric.</p>
        )}
      </section>
    </div>
  );
}
