import type { ReactNode } from "react";

/** A link that leaves Claimdesk, in a new tab, and says so. */
export function ExternalLink({ href, children, className }: { href: string; children?: ReactNode; className?: string }) {
  return (
    <a href={href} title={href} className={["external-link", className].filter(Boolean).join(" ")} target="_blank" rel="noopener noreferrer">
      {children ?? href}
      <span className="sr-only"> (opens in a new tab)</span>
    </a>
  );
}
