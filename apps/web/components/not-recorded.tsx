/** A dash for an empty cell, read out as "not recorded". */
export function NotRecorded() {
  return (
    <span className="not-recorded">
      <span aria-hidden="true">—</span>
      <span className="sr-only">not recorded</span>
    </span>
  );
}

/** The text, or the "not recorded" dash. */
export function OrNotRecorded({ value }: { value: string | null | undefined }) {
  return value ? <>{value}</> : <NotRecorded />;
}
