"use client";
import { useRouter } from "next/navigation";
import { type FormEvent, useEffect, useState } from "react";
import { ThemeToggle } from "@/components/ThemeToggle";
import { ApiError, api } from "@/lib/api";

/**
 * Sign-in: paste an API key once. The server checks it and sets an httpOnly session cookie that
 * references the key; the key itself is not kept anywhere in the browser. When the service runs
 * with demo data (and only then: GET /auth/demo is a 404 otherwise), one click signs in to the
 * demo organization as its analyst or admin.
 */
export default function SignIn() {
  const router = useRouter();
  const [key, setKey] = useState("");
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [demo, setDemo] = useState<{ organization: { name: string }; roles: string[] }>();
  useEffect(() => {
    api<{ organization: { name: string }; roles: string[] }>("/auth/demo").then(setDemo, () => undefined);
  }, []);
  const demoSignIn = async (role: string) => {
    setBusy(true);
    setError(undefined);
    try {
      await api("/auth/demo", { body: { role } });
      router.replace("/");
    } catch (err) {
      setError(err instanceof ApiError ? err.message : "sign-in failed");
    } finally {
      setBusy(false);
    }
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await api("/auth/session", { body: { key: key.trim() } });
      setKey("");
      router.replace("/");
    } catch (err) {
      setError(err instanceof ApiError ? err.message : "sign-in failed");
    } finally {
      setBusy(false);
    }
  };
  return (
    <main className="center">
      <form className="card sign-in" onSubmit={submit} aria-labelledby="sign-in-title">
        <h1 id="sign-in-title">Marketing Analyst</h1>
        <p className="muted">
          Sign in with an API key of your organization (on a fresh demo start:{" "}
          <code>.data/first-admin-key.txt</code>).
        </p>
        <label htmlFor="api-key">API key</label>
        <input
          id="api-key"
          name="api-key"
          type="password"
          autoComplete="off"
          spellCheck={false}
          value={key}
          onChange={(e) => setKey(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "sign-in-error" : undefined}
          required
        />
        {error ? (
          <p id="sign-in-error" className="error" role="alert">
            {error}
          </p>
        ) : null}
        <button type="submit" className="btn primary" disabled={busy || !key.trim()}>
          {busy ? "Signing in…" : "Sign in"}
        </button>
        <ThemeToggle className="sign-in-theme" />
        {demo ? (
          <section className="demo-sign-in" aria-labelledby="demo-title">
            <h2 id="demo-title">Try the demo</h2>
            <p className="muted small">Demo data is on: sign in to {demo.organization.name} without a key.</p>
            <div className="row">
              {demo.roles.map((role) => (
                <button
                  key={role}
                  type="button"
                  className="btn"
                  disabled={busy}
                  onClick={() => void demoSignIn(role)}
                >
                  Demo as {role}
                </button>
              ))}
            </div>
          </section>
        ) : null}
      </form>
    </main>
  );
}
