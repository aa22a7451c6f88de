"use client";
import { useCallback, useEffect, useState } from "react";
import { ApiError, api } from "@/lib/api";
import { describeCron } from "@/lib/cron";
import { AlertForm, type CreatedRule } from "./AlertForm";
import { destinationText } from "./DestinationFields";
import { type CreatedSchedule, ScheduleForm } from "./ScheduleForm";
import { useShell } from "./Shell";

interface Schedule {
  id: number;
  name: string;
  kind: "brief" | "report";
  target: { period?: { preset: string }; reportId?: number };
  cron: string;
  timeZone: string;
  destinations: Record<string, unknown>[];
  enabled: boolean;
  nextRunAt: string | null;
}
interface Rule {
  id: number;
  name: string;
  metric: string;
  condition:
    | { kind: "threshold"; op: "above" | "below"; value: number }
    | { kind: "anomaly"; sensitivity: number };
  scope: { dimension: string; member?: string } | null;
  destinations: Record<string, unknown>[];
  enabled: boolean;
  checkedThrough: string | null;
}
interface Outcome {
  /** Which schedule the panel belongs to. */
  id: number;
  title: string;
  text: string;
}

function errorText(e: unknown): string {
  return e instanceof ApiError ? e.message : String(e);
}

function conditionText(r: Rule): string {
  const c = r.condition;
  const scope = r.scope ? ` (${r.scope.dimension}${r.scope.member ? ` ${r.scope.member}` : ": each"})` : "";
  return c.kind === "threshold"
    ? `${r.metric} ${c.op} ${c.value}${scope}`
    : `${r.metric} anomalous (sensitivity ${c.sensitivity})${scope}`;
}

/**
 * Schedules and alerts (#15 item 3): brief schedules and alert rules of the organization, from
 * /api/v1/briefs and /api/v1/alerts. Everyone sees them and may preview a brief; analysts and
 * admins create, delete and send now (the API refuses viewers too, the page just does not offer it).
 */
export function Schedules() {
  const { me } = useShell();
  const canManage = me.role === "admin" || me.role === "analyst";
  const [schedules, setSchedules] = useState<Schedule[]>();
  const [rules, setRules] = useState<Rule[]>();
  const [form, setForm] = useState<"schedule" | "alert">();
  const [notice, setNotice] = useState<string>();
  const [error, setError] = useState<string>();
  const [outcome, setOutcome] = useState<Outcome>();
  const [busy, setBusy] = useState<string>();
  const load = useCallback(() => {
    api<{ schedules: Schedule[] }>("/api/v1/briefs").then(
      (r) => setSchedules(r.schedules),
      (e: unknown) => setError(errorText(e)),
    );
    api<{ rules: Rule[] }>("/api/v1/alerts").then(
      (r) => setRules(r.rules),
      (e: unknown) => setError(errorText(e)),
    );
  }, []);
  useEffect(load, [load]);

  const created = (what: string, c: CreatedSchedule | CreatedRule) => {
    setForm(undefined);
    const secret = c.secrets[0]?.secret;
    setNotice(
      secret
        ? `${what} created. The webhook's signing secret (shown once, keep it): ${secret}`
        : `${what} created.`,
    );
    load();
  };
  const act = async (key: string, fn: () => Promise<void>) => {
    setBusy(key);
    setError(undefined);
    try {
      await fn();
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(undefined);
    }
  };
  const preview = (s: Schedule) =>
    act(`preview-${s.id}`, async () => {
      const r = await api<{ message: { title: string; text: string } }>("/api/v1/briefs/preview", {
        body: { kind: s.kind, target: s.target },
      });
      setOutcome({ id: s.id, title: `Preview: ${r.message.title}`, text: r.message.text });
    });
  const sendNow = (s: Schedule) =>
    act(`send-${s.id}`, async () => {
      const r = await api<{ run: { status: string; attempts: number; lastError: string | null } }>(
        `/api/v1/briefs/${s.id}/send`,
        { body: {} },
      );
      setOutcome({
        id: s.id,
        title: `Sent now: ${r.run.status} after ${r.run.attempts} attempt${r.run.attempts === 1 ? "" : "s"}`,
        text: r.run.lastError ?? "Delivered to every destination.",
      });
    });
  const remove = (path: string, key: string) =>
    act(key, async () => {
      await api(path, { method: "DELETE" });
      setOutcome(undefined);
      load();
    });

  return (
    <div className="page">
      <div className="page-head">
        <h1>Schedules and alerts</h1>
        {canManage ? (
          <div className="row">
            <button
              type="button"
              className="btn"
              onClick={() => setForm("schedule")}
              disabled={form !== undefined}
            >
              New schedule
            </button>
            <button
              type="button"
              className="btn"
              onClick={() => setForm("alert")}
              disabled={form !== undefined}
            >
              New alert rule
            </button>
          </div>
        ) : (
          <p className="muted small">Viewers see schedules and alerts; analysts and admins change them.</p>
        )}
      </div>
      {notice ? (
        <p className="notice" role="status">
          {notice}
        </p>
      ) : null}
      {error ? (
        <p className="error" role="alert">
          {error}
        </p>
      ) : null}
      {form === "schedule" && canManage ? (
        <ScheduleForm
          timeZone={me.organization.timeZone}
          onCreated={(c) => created(`Schedule “${c.schedule.name}”`, c)}
          onCancel={() => setForm(undefined)}
        />
      ) : null}
      {form === "alert" && canManage ? (
        <AlertForm
          onCreated={(c) => created(`Alert rule “${c.rule.name}”`, c)}
          onCancel={() => setForm(undefined)}
        />
      ) : null}

      <section aria-labelledby="schedules-h">
        <h2 id="schedules-h">Brief schedules</h2>
        {!schedules ? <p className="muted">Loading…</p> : null}
        {schedules?.length === 0 ? <p className="muted">No schedules yet.</p> : null}
        <ul className="list" aria-label="Brief schedules">
          {schedules?.map((s) => (
            <li key={s.id} aria-label={s.name}>
              <div className="row" style={{ justifyContent: "space-between" }}>
                <strong>
                  {s.name} {s.enabled ? null : <span className="tag">paused</span>}
                </strong>
                <div className="row">
                  <button
                    type="button"
                    className="btn small"
                    disabled={busy !== undefined}
                    onClick={() => preview(s)}
                  >
                    Preview
                  </button>
                  {canManage ? (
                    <>
                      <button
                        type="button"
                        className="btn small"
                        disabled={busy !== undefined}
                        onClick={() => sendNow(s)}
                      >
                        Send now
                      </button>
                      <button
                        type="button"
                        className="btn small"
                        disabled={busy !== undefined}
                        onClick={() => remove(`/api/v1/briefs/${s.id}`, `delete-${s.id}`)}
                        aria-label={`Delete schedule ${s.name}`}
                      >
                        Delete
                      </button>
                    </>
                  ) : null}
                </div>
              </div>
              <p className="small muted" style={{ margin: "0.2rem 0" }}>
                {s.kind === "brief"
                  ? `Brief of ${s.target.period?.preset.replace("_", " ") ?? "last week"}`
                  : "Saved report"}{" "}
                · {describeCron(s.cron)} ({s.timeZone})
                {s.nextRunAt ? ` · next ${new Date(s.nextRunAt).toLocaleString()}` : ""} ·{" "}
                {s.destinations.map(destinationText).join("; ")}
              </p>
              {busy === `preview-${s.id}` || busy === `send-${s.id}` ? (
                <p className="muted small" role="status">
                  Working…
                </p>
              ) : null}
              {outcome?.id === s.id ? (
                <section className="outcome" aria-label="Schedule result">
                  <h3>{outcome.title}</h3>
                  <pre className="code">{outcome.text}</pre>
                </section>
              ) : null}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="alerts-h">
        <h2 id="alerts-h">Alert rules</h2>
        {!rules ? <p className="muted">Loading…</p> : null}
        {rules?.length === 0 ? <p className="muted">No alert rules yet.</p> : null}
        <ul className="list" aria-label="Alert rules">
          {rules?.map((r) => (
            <li key={r.id} aria-label={r.name}>
              <div className="row" style={{ justifyContent: "space-between" }}>
                <strong>
                  {r.name} {r.enabled ? null : <span className="tag">paused</span>}
                </strong>
                {canManage ? (
                  <button
                    type="button"
                    className="btn small"
                    disabled={busy !== undefined}
                    onClick={() => remove(`/api/v1/alerts/${r.id}`, `delete-rule-${r.id}`)}
                    aria-label={`Delete alert rule ${r.name}`}
                  >
                    Delete
                  </button>
                ) : null}
              </div>
              <p className="small muted" style={{ margin: "0.2rem 0" }}>
                {conditionText(r)} · checked through {r.checkedThrough ?? "not yet"} ·{" "}
                {r.destinations.map(destinationText).join("; ")}
              </p>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
