"use client";
import { useEffect, useRef, useState } from "react";
import Link from "next/link";
import { DateTime } from "@/components/date-time";
import { AccountStatusBadge, RoleBadge } from "./role-badge";
import { UserRoleForm, type ManagedUser } from "./user-role-form";
import { UserStatusForm } from "./user-status-form";
import { ReinviteForm } from "./reinvite-form";

export const USER_COLUMNS = 6;

/** One person in the users table; "Manage" opens their role and status forms in place, under the row. */
export function UserRow({ user, createdAt, isSelf }: { user: ManagedUser; createdAt: Date; isSelf: boolean }) {
  const [open, setOpen] = useState(false);
  const manageButton = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const moveFocus = useRef(false);

  useEffect(() => {
    if (!moveFocus.current) return;
    moveFocus.current = false;
    if (open) panel.current?.querySelector("select")?.focus();
    else manageButton.current?.focus();
  }, [open]);

  const toggle = () => {
    moveFocus.current = true;
    setOpen((current) => !current);
  };

  return (
    <>
      <tr>
        <td>
          <Link href={`/admin/users/${user.id}`}>{user.name}</Link>
          {isSelf ? <span className="self-note"> (you)</span> : null}
        </td>
        <td className="cell-url">{user.email}</td>
        <td>
          <RoleBadge role={user.role} />
        </td>
        <td>
          <AccountStatusBadge status={user.status} />
        </td>
        <td className="nowrap">
          <DateTime value={createdAt} />
        </td>
        <td className="cell-actions">
          <button ref={manageButton} type="button" className="button" aria-expanded={open} onClick={toggle}>
            {open ? "Close" : "Manage"}
            <span className="sr-only"> {user.name}</span>
          </button>
        </td>
      </tr>
      {open ? (
        <tr className="edit-row">
          <td colSpan={USER_COLUMNS}>
            <div ref={panel} className="user-actions" role="group" aria-label={`Manage ${user.name}`}>
              <UserRoleForm user={user} isSelf={isSelf} />
              <UserStatusForm user={user} isSelf={isSelf} />
              {user.status === "INVITED" ? <ReinviteForm user={user} /> : null}
            </div>
            <p>
              <button type="button" className="button" onClick={toggle}>
                Close
              </button>{" "}
              <Link href={`/admin/users/${user.id}`}>History of {user.name}</Link>
            </p>
          </td>
        </tr>
      ) : null}
    </>
  );
}
