"use client";
import { useRouter } from "next/navigation";
import { type FormEvent, useCallback, useEffect, useState } from "react";
import { ApiError, api } from "@/lib/api";
import type { AgentAnswer } from "@/lib/types";
import { AnswerView } from "./AnswerView";
import { useShell } from "./Shell";

interface Report {
  id: string;
  name: string;
  question: string;
  period: string | null;
  updatedAt: string;
}

/**
 * A saved report: its pinned tool calls run again on fresh data (POST /api/v1/reports/:id/run),
 * with a relative period such as "last month" resolved today. Rename and delete here too.
 */
export function ReportPage(props: { id: string }) {
  const router = useRouter();
  const { me, refresh } = useShell();
  const [report, setReport] = useState<Report>();
  const [answer, setAnswer] = useState<AgentAnswer>();
  const [error, setError] = useState<string>();
  const [name, setName] = useState("");
  const [renaming, setRenaming] = useState(false);
  const path = `/api/v1/reports/${encodeURIComponent(props.id)}`;
  const run = useCallback(() => {
    setAnswer(undefined);
    api<AgentAnswer>(`${path}/run`, { method: "POST", body: {} }).then(setAnswer, (e: unknown) =>
      setError(String(e)),
    );
  }, [path]);
  useEffect(() => {
    api<Report>(path).then(
      (r) => {
        setReport(r);
        setName(r.name);
        run();
      },
      (e: unknown) =>
        setError(e instanceof ApiError && e.status === 404 ? "This report does not exist." : String(e)),
    );
  }, [path, run]);
  const rename = async (e: FormEvent) => {
    e.preventDefault();
    try {
      setReport(await api<Report>(path, { method: "PATCH", body: { name: name.trim() } }));
      setRenaming(false);
      refresh();
    } catch (err) {
      setError(err instanceof ApiError ? err.message : String(err));
    }
  };
  const remove = async () => {
    await api(path, { method: "DELETE" });
    refresh();
    router.replace("/");
  };
  if (error)
    return (
      <p className="error pad" role="alert">
        {error}
      </p>
    );
  if (!report) return <p className="muted pad">Loading the report…</p>;
  return (
    <div className="page">
      <div className="page-head">
        {renaming ? (
          <form className="row" onSubmit={rename}>
            <label htmlFor="report-name" className="visually-hidden">
              Report name
            </label>
            <input
              id="report-name"
              value={name}
              onChange={(e) => setName(e.target.value)}
              style={{ width: "auto" }}
            />
            <button type="submit" className="btn small primary" disabled={!name.trim()}>
              Save name
            </button>
          </form>
        ) : (
          <h1>{report.name}</h1>
        )}
        <div className="row">
          <button type="button" className="btn small" onClick={run}>
            Refresh
          </button>
          <button type="button" className="btn small" onClick={() => setRenaming(true)}>
            Rename
          </button>
          <button type="button" className="btn small" onClick={remove}>
            Delete
          </button>
        </div>
      </div>
      <p className="muted small">
        {report.question}
        {report.period
          ? ` · period: ${report.period.replaceAll("_", " ")}, resolved today in ${me.organization.timeZone}`
          : ""}
      </p>
      {answer ? (
        <article className="msg assistant" aria-label="Report">
          <p className="msg-text">{answer.answer}</p>
          <AnswerView
            answer={answer}
            currency={me.organization.currency}
            onChoose={() => undefined}
            busy={false}
          />
        </article>
      ) : (
        <p className="muted">Running with fresh data…</p>
      )}
    </div>
  );
}
