import Link from "next/link";

/** A list page's heading with its "New ..." button. */
export function ListPageHead({ title, newHref, newLabel }: { title: string; newHref: string; newLabel: string }) {
  return (
    <div className="page-head">
      <h1>{title}</h1>
      <Link href={newHref} className="button button-primary">
        {newLabel}
      </Link>
    </div>
  );
}
