"use client";
import Link from "next/link";
import { type FormEvent, useState } from "react";
import { ApiError, api } from "@/lib/api";
import type { AgentAnswer } from "@/lib/types";
import { DataTable } from "./DataTable";
import { Receipt } from "./Receipt";
import { useShell } from "./Shell";
import { VegaChart } from "./VegaChart";

/** A thumb icon (drawn, so it never depends on an emoji font). */
function Thumb(props: { up?: boolean }) {
  return (
    <svg
      width="14"
      height="14"
      viewBox="0 0 24 24"
      aria-hidden="true"
      style={props.up ? undefined : { transform: "rotate(180deg)" }}
    >
      <path
        fill="currentColor"
        d="M2 21h4V9H2v12zm20-11a2 2 0 0 0-2-2h-6.3l1-4.6v-.3c0-.4-.2-.8-.4-1.1L13.2 1 6.6 7.6C6.2 8 6 8.5 6 9v10a2 2 0 0 0 2 2h9c.8 0 1.5-.5 1.8-1.2l3-7.1c.1-.2.2-.5.2-.7v-2z"
      />
    </svg>
  );
}

/**
 * Everything an answer carries besides its text: chart, table, clarification chips, and the
 * actions (receipt, copy, feedback, pin as a report).
 */
export function AnswerView(props: {
  answer: AgentAnswer;
  currency: string;
  onChoose: (option: { id: string; label: string }) => void;
  busy: boolean;
}) {
  const a = props.answer;
  const [receipt, setReceipt] = useState(false);
  const [rated, setRated] = useState<"up" | "down">();
  const [copied, setCopied] = useState(false);
  const [pinning, setPinning] = useState(false);
  const [pinName, setPinName] = useState(a.answer.split("\n")[0]?.slice(0, 80) ?? "");
  const [pinned, setPinned] = useState<{ id: string; name: string }>();
  const [pinError, setPinError] = useState<string>();
  const { refresh } = useShell();
  const pin = async (e: FormEvent) => {
    e.preventDefault();
    try {
      setPinned(
        await api<{ id: string; name: string }>("/api/v1/reports", {
          body: { name: pinName.trim(), messageId: a.messageId },
        }),
      );
      setPinning(false);
      refresh();
    } catch (err) {
      setPinError(err instanceof ApiError ? err.message : String(err));
    }
  };
  const rate = async (rating: "up" | "down") => {
    await api("/api/v1/feedback", { body: { threadId: a.threadId, rating } });
    setRated(rating);
  };
  const copy = async () => {
    await navigator.clipboard?.writeText(a.answer).catch(() => undefined);
    setCopied(true);
    setTimeout(() => setCopied(false), 1500);
  };
  return (
    <div className="answer">
      {a.chart ? <VegaChart spec={a.chart} label={`Chart: ${a.answer.slice(0, 120)}`} /> : null}
      <DataTable
        columns={a.data.columns}
        rows={a.data.rows}
        currency={props.currency}
        title={a.answer.slice(0, 40)}
      />
      {a.clarification ? (
        <fieldset className="chips">
          <legend>{a.clarification.question}</legend>
          {a.clarification.options.map((o) => (
            <button
              key={o.id}
              type="button"
              className="chip"
              data-option-id={o.id}
              disabled={props.busy}
              onClick={() => props.onChoose(o)}
            >
              {o.label}
            </button>
          ))}
        </fieldset>
      ) : null}
      <div className="answer-actions" role="toolbar" aria-label="Answer actions">
        {a.provenance.length > 0 || a.toolCalls.length > 0 ? (
          <button type="button" className="btn small" onClick={() => setReceipt(true)}>
            Receipt
          </button>
        ) : null}
        <button type="button" className="btn small" onClick={copy} aria-label="Copy the answer text">
          {copied ? "Copied" : "Copy"}
        </button>
        {a.messageId !== undefined && a.toolCalls.length > 0 && !pinned ? (
          <button
            type="button"
            className="btn small"
            onClick={() => setPinning(true)}
            aria-expanded={pinning}
          >
            Save as report
          </button>
        ) : null}
        {pinned ? (
          <Link className="btn small" href={`/reports/${pinned.id}`}>
            Saved: {pinned.name}
          </Link>
        ) : null}
        {a.threadId ? (
          <>
            <button
              type="button"
              className={`btn small icon${rated === "up" ? " on" : ""}`}
              aria-label="Good answer"
              aria-pressed={rated === "up"}
              onClick={() => rate("up")}
            >
              <Thumb up />
            </button>
            <button
              type="button"
              className={`btn small icon${rated === "down" ? " on" : ""}`}
              aria-label="Wrong or unhelpful answer"
              aria-pressed={rated === "down"}
              onClick={() => rate("down")}
            >
              <Thumb />
            </button>
          </>
        ) : null}
        {a.threadId ? null : <span className="tag">fresh data</span>}
        {a.verification.grounded ? (
          <span className="tag ok" title="Every number in the text was checked against the tool results">
            grounded
          </span>
        ) : null}
      </div>
      {pinning ? (
        <form className="row" onSubmit={pin} aria-label="Save as report">
          <label htmlFor={`pin-${a.messageId}`} className="visually-hidden">
            Report name
          </label>
          <input
            id={`pin-${a.messageId}`}
            value={pinName}
            onChange={(e) => setPinName(e.target.value)}
            style={{ width: "min(360px, 100%)" }}
          />
          <button type="submit" className="btn small primary" disabled={!pinName.trim()}>
            Save
          </button>
          <button type="button" className="btn small" onClick={() => setPinning(false)}>
            Cancel
          </button>
          {pinError ? (
            <p className="field-error" role="alert">
              {pinError}
            </p>
          ) : null}
        </form>
      ) : null}
      {receipt ? <Receipt answer={a} onClose={() => setReceipt(false)} /> : null}
    </div>
  );
}
