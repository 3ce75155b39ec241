"use client";

/** Shown when a page fails unexpectedly; the server has logged the cause. */
export default function PageError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div role="alert">
      <h1>Something went wrong</h1>
      <p>This page could not be shown. The error has been logged. Nothing you saved before was lost.</p>
      <p>
        <button type="button" className="button" onClick={() => reset()}>
          Try again
        </button>
      </p>
    </div>
  );
}
