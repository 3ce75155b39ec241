import Link from "next/link";

/**
 * The app's main sections, as the header's navigation and the not-found page list them; editors also get
 * Import (a report), admins Users.
 */
export function SectionLinks({ className, editor = false, admin = false }: { className?: string; editor?: boolean; admin?: boolean }) {
  return (
    <ul className={className}>
      <li>
        <Link href="/events">Events</Link>
      </li>
      <li>
        <Link href="/claims">Claims</Link>
      </li>
      <li>
        <Link href="/sources">Sources</Link>
      </li>
      {editor ? (
        <li>
          <Link href="/import">Import</Link>
        </li>
      ) : null}
      {admin ? (
        <li>
          <Link href="/admin/users">Users</Link>
        </li>
      ) : null}
    </ul>
  );
}
