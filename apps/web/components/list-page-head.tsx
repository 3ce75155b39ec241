import Link from "next/link";

/** A list page's heading with its "New ..." button (left out for a role that cannot create). */
export function ListPageHead({ title, newLink }: { title: string; newLink?: { href: string; label: string } | null }) {
  return (
    <div className="page-head">
      <h1>{title}</h1>
      {newLink ? (
        <Link href={newLink.href} className="button button-primary">
          {newLink.label}
        </Link>
      ) : null}
    </div>
  );
}
