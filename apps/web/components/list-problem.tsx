import Link from "next/link";

/** What a list shows when the API refused its filters. */
export function ListProblem({ problem, resetHref }: { problem: string; resetHref: string }) {
  return (
    <div className="notice notice-error" role="alert">
      <p>These filters could not be applied: {problem}</p>
      <p>
        <Link href={resetHref}>Show the whole list</Link>
      </p>
    </div>
  );
}
