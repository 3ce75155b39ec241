export interface IndependenceCount {
  sources: number;
  origins: number;
  words: string;
}

export interface ClaimIndependence {
  all: IndependenceCount;
  supporting: IndependenceCount;
  contradicting: IndependenceCount;
  context: IndependenceCount;
}

/**
 * How independent the evidence is, per stance: "Supporting: 5 sources, 2 independent origins". Contradicting and
 * context are said only when there are some; the whole only when more than one stance is present.
 */
export function IndependenceSummary({ independence }: { independence: ClaimIndependence }) {
  const { all, supporting, contradicting, context } = independence;
  if (all.sources === 0) return null;
  const stances = [supporting, contradicting, context].filter((count) => count.sources > 0).length;
  const repeats = all.origins < all.sources;
  return (
    <div className="independence">
      <ul className="independence-list" aria-label="How independent the sources are">
        <li>
          <strong>Supporting:</strong> {supporting.words}
        </li>
        {contradicting.sources > 0 ? (
          <li>
            <strong>Contradicting:</strong> {contradicting.words}
          </li>
        ) : null}
        {context.sources > 0 ? (
          <li>
            <strong>Context:</strong> {context.words}
          </li>
        ) : null}
        {stances > 1 ? (
          <li>
            <strong>All evidence:</strong> {all.words}
          </li>
        ) : null}
      </ul>
      {repeats ? (
        <p className="field-hint">
          A source that repeats another (an outlet carrying a wire story) is not independent: it counts once, with the source it repeats.
        </p>
      ) : null}
    </div>
  );
}
