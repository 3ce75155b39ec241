import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, configuredTarget } from "@claimdesk/db";
import { roleDescription } from "@claimdesk/schemas";
import { RoleBadge } from "@/components/account/role-badge";
import { SignInForm } from "@/components/account/sign-in-form";
import { afterSignIn, localPath } from "@/components/account/sign-in-path";
import { param, type SearchParams } from "@/lib/list-query";
import { maybeActor } from "@/lib/server-api";

export const metadata: Metadata = { title: "Sign in" };
export const dynamic = "force-dynamic";

export default async function SignInPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const next = localPath(param(params, "next"));
  if (await maybeActor()) redirect(afterSignIn(next));
  // Only the embedded demo database has the demo accounts; a PostgreSQL server's never does.
  const demo = configuredTarget().kind === "embedded";

  return (
    <div className="sign-in">
      <h1>Sign in to Claimdesk</h1>
      {param(params, "accepted") ? (
        <div className="notice" role="status">
          <p>Your password is set. Sign in with it to start.</p>
        </div>
      ) : null}
      {next ? <p className="form-note">Sign in to continue to the page you asked for.</p> : null}
      <SignInForm email={param(params, "email") ?? ""} next={next} />
      {demo ? (
        <section className="panel demo-accounts" aria-labelledby="demo-accounts-heading">
          <h2 id="demo-accounts-heading">Demo accounts</h2>
          <p>
            This Claimdesk runs on its embedded demo database. Each of these accounts has the password <code>{DEMO_PASSWORD}</code>.
          </p>
          <div className="table-wrap">
            <table className="data-table">
              <caption className="sr-only">Demo accounts, one per role</caption>
              <thead>
                <tr>
                  <th scope="col">Email</th>
                  <th scope="col">Name</th>
                  <th scope="col">Role</th>
                  <th scope="col">May</th>
                </tr>
              </thead>
              <tbody>
                {DEMO_ACCOUNTS.map((account) => (
                  <tr key={account.email}>
                    <td>
                      <code>{account.email}</code>
                    </td>
                    <td>{account.name}</td>
                    <td>
                      <RoleBadge role={account.role} />
                    </td>
                    <td className="cell-sub">{roleDescription[account.role]}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}
    </div>
  );
}
