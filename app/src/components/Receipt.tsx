"use client";
import { useEffect, useRef } from "react";
import type { AgentAnswer } from "@/lib/types";

type Entry = Record<string, unknown>;

function Json(props: { value: unknown }) {
  return <pre className="code">{JSON.stringify(props.value, null, 2)}</pre>;
}

function Definitions(props: { list: unknown }) {
  if (!Array.isArray(props.list) || props.list.length === 0) return null;
  return (
    <section>
      <h4>Definitions</h4>
      <dl className="defs">
        {(props.list as Entry[]).map((d) => (
          <div key={String(d.key)}>
            <dt>
              {String(d.label ?? d.key)} {d.custom ? <span className="tag">custom</span> : null}
            </dt>
            <dd>
              {String(d.description ?? "")}
              {d.formula ? <code className="formula">{String(d.formula)}</code> : null}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

const KNOWN = new Set([
  "definitions",
  "timeRange",
  "filters",
  "attribution",
  "dataFreshness",
  "sql",
  "grain",
  "rowCount",
  "tool",
]);

/** One tool result's provenance: what was computed, over which dates, with which rules. */
function ProvenanceEntry(props: { entry: Entry; index: number }) {
  const e = props.entry;
  const range = e.timeRange as Entry | undefined;
  const sql = e.sql as Entry | undefined;
  const rest = Object.fromEntries(Object.entries(e).filter(([k]) => !KNOWN.has(k)));
  return (
    <article className="receipt-entry" aria-label={`Source ${props.index + 1}`}>
      {typeof e.tool === "string" ? <h3>{e.tool}</h3> : <h3>Source {props.index + 1}</h3>}
      <Definitions list={e.definitions} />
      {range ? (
        <section>
          <h4>Dates</h4>
          <p>
            {String(range.start ?? range.from ?? "")} to {String(range.end ?? range.to ?? "")}
            {range.preset ? ` (${String(range.preset)})` : ""}, time zone{" "}
            <strong>{String(range.timeZone ?? "")}</strong>
            {e.grain ? `, by ${String(e.grain)}` : ""}
          </p>
        </section>
      ) : null}
      {Array.isArray(e.filters) ? (
        <section>
          <h4>Filters</h4>
          {e.filters.length === 0 ? <p className="muted">none</p> : <Json value={e.filters} />}
        </section>
      ) : null}
      {e.attribution ? (
        <section>
          <h4>Attribution</h4>
          <Json value={e.attribution} />
        </section>
      ) : null}
      {e.dataFreshness ? (
        <section>
          <h4>Data freshness</h4>
          <p>
            Ad spend loaded from {String((e.dataFreshness as Entry).adSpendFrom ?? "?")} through{" "}
            {String((e.dataFreshness as Entry).adSpendThrough ?? "?")}
          </p>
        </section>
      ) : null}
      {Object.keys(rest).length > 0 ? (
        <section>
          <h4>Details</h4>
          <Json value={rest} />
        </section>
      ) : null}
      {sql ? (
        <section>
          <h4>SQL</h4>
          {Object.entries(sql)
            .filter(([k, v]) => k !== "params" && typeof v === "string")
            .map(([k, v]) => (
              <div key={k}>
                <p className="muted small">{k}</p>
                <pre className="code">{String(v)}</pre>
              </div>
            ))}
          {Array.isArray(sql.params) ? (
            <p className="muted small">parameters: {JSON.stringify(sql.params)}</p>
          ) : null}
        </section>
      ) : null}
    </article>
  );
}

/**
 * The receipt drawer: every definition, resolved date range and time zone, filter, attribution
 * model, freshness and SQL behind an answer, plus the tool calls and the model that planned them.
 */
export function Receipt(props: { answer: AgentAnswer; onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  const a = props.answer;
  return (
    <dialog
      ref={ref}
      className="drawer"
      aria-labelledby="receipt-title"
      onClose={props.onClose}
      onClick={(e) => {
        // A click on the backdrop (the dialog element itself, outside its content) closes it.
        if (e.target === ref.current) ref.current?.close();
      }}
      onKeyDown={(e) => {
        if (e.key === "Escape") ref.current?.close();
      }}
    >
      <div className="drawer-body">
        <header className="drawer-head">
          <h2 id="receipt-title">Receipt</h2>
          <button
            type="button"
            className="btn small"
            onClick={() => ref.current?.close()}
            aria-label="Close the receipt"
          >
            Close
          </button>
        </header>
        <p className="muted small">
          Planned by {a.model.kind === "planner" ? "the local planner" : a.model.name}
          {a.model.fallback ? ` (fallback: ${a.model.fallback})` : ""}; numbers{" "}
          {a.verification.grounded ? "all grounded in the tool results" : "NOT all grounded"}.
        </p>
        {a.provenance.map((p, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: provenance entries are positional
          <ProvenanceEntry key={i} entry={p} index={i} />
        ))}
        <section>
          <h4>Tool calls</h4>
          <Json value={a.toolCalls} />
        </section>
      </div>
    </dialog>
  );
}
