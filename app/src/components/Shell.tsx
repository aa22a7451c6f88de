"use client";
import Link from "next/link";
import { usePathname, useRouter } from "next/navigation";
import { createContext, type ReactNode, useCallback, useContext, useEffect, useState } from "react";
import { ApiError, api } from "@/lib/api";
import type { Me } from "@/lib/types";
import { ThemeToggle } from "./ThemeToggle";

interface ThreadRow {
  id: string;
  title: string | null;
  updatedAt: string;
}
interface ReportRow {
  id: number | string;
  name: string;
}

interface ShellState {
  me: Me;
  /** Reload the sidebar lists (after a new thread or a saved report). */
  refresh: () => void;
}
const ShellContext = createContext<ShellState | undefined>(undefined);

/** The signed-in organization and role; only inside <Shell>. */
export function useShell(): ShellState {
  const s = useContext(ShellContext);
  if (!s) throw new Error("useShell outside <Shell>");
  return s;
}

/**
 * The signed-in frame: checks the session (a 401 goes to the sign-in page), and shows the sidebar
 * with navigation, this organization's threads and saved reports, and sign-out.
 */
export function Shell(props: { children: ReactNode }) {
  const router = useRouter();
  const pathname = usePathname();
  const [me, setMe] = useState<Me>();
  const [threads, setThreads] = useState<ThreadRow[]>([]);
  const [reports, setReports] = useState<ReportRow[]>([]);
  const [menuOpen, setMenuOpen] = useState(false);
  const [tick, setTick] = useState(0);
  const refresh = useCallback(() => setTick((t) => t + 1), []);

  useEffect(() => {
    api<Me>("/api/v1/me").then(setMe, (e: unknown) => {
      if (e instanceof ApiError && e.status === 401) router.replace("/sign-in");
    });
  }, [router]);
  useEffect(() => {
    if (!me) return;
    void tick;
    api<{ threads: ThreadRow[] }>("/api/v1/threads?limit=30&surface=web").then(
      (r) => setThreads(r.threads),
      () => setThreads([]),
    );
    api<{ reports: ReportRow[] }>("/api/v1/reports").then(
      (r) => setReports(r.reports),
      () => setReports([]),
    );
  }, [me, tick]);
  useEffect(() => {
    void pathname;
    setMenuOpen(false);
  }, [pathname]);

  const signOut = async () => {
    await api("/auth/session", { method: "DELETE" }).catch(() => undefined);
    router.replace("/sign-in");
  };

  if (!me) {
    return (
      <main className="center" aria-busy="true">
        <p className="muted">Loading…</p>
      </main>
    );
  }
  const nav = (href: string, label: string) => (
    <Link
      href={href}
      className={`nav-link${pathname === href ? " active" : ""}`}
      aria-current={pathname === href ? "page" : undefined}
    >
      {label}
    </Link>
  );
  return (
    <ShellContext.Provider value={{ me, refresh }}>
      <div className="shell">
        <header className="topbar">
          <button
            type="button"
            className="btn small menu-toggle"
            aria-expanded={menuOpen}
            aria-controls="sidebar"
            onClick={() => setMenuOpen((o) => !o)}
          >
            Menu
          </button>
          <span className="brand">Marketing Analyst</span>
        </header>
        <nav id="sidebar" className={`sidebar${menuOpen ? " open" : ""}`} aria-label="Main">
          <div className="brand side-brand">Marketing Analyst</div>
          <div className="org">
            {me.organization.name} <span className="tag">{me.role}</span>
          </div>
          <Link href="/" className="btn primary new-chat">
            New chat
          </Link>
          {nav("/overview", "Overview")}
          {nav("/catalog", "Catalog")}
          {nav("/schedules", "Schedules and alerts")}
          <h2 className="side-h">Reports</h2>
          <ul className="side-list" aria-label="Saved reports">
            {reports.length === 0 ? <li className="muted small">No saved reports yet</li> : null}
            {reports.map((r) => (
              <li key={r.id}>{nav(`/reports/${r.id}`, r.name)}</li>
            ))}
          </ul>
          <h2 className="side-h">Threads</h2>
          <ul className="side-list" aria-label="Threads">
            {threads.length === 0 ? <li className="muted small">No threads yet</li> : null}
            {threads.map((t) => (
              <li key={t.id}>{nav(`/chat/${t.id}`, t.title ?? "Untitled")}</li>
            ))}
          </ul>
          <div className="side-foot">
            <ThemeToggle />
            <button type="button" className="btn small" onClick={signOut}>
              Sign out
            </button>
          </div>
        </nav>
        <main className="content" id="main">
          {props.children}
        </main>
      </div>
    </ShellContext.Provider>
  );
}
