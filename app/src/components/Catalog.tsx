"use client";
import Link from "next/link";
import { type FormEvent, useCallback, useEffect, useMemo, useState } from "react";
import { ApiError, api } from "@/lib/api";
import { askHref } from "@/lib/ask";
import { useShell } from "./Shell";

interface Metric {
  key: string;
  label: string;
  description: string;
  synonyms: string[];
  unit: string;
  format: string;
  custom?: boolean;
  definition:
    | { type: "formula"; formula: string }
    | {
        type: "aggregate";
        table: string;
        aggregation: string;
        column: string;
        where?: { column: string; equals: unknown };
      };
}
interface Dimension {
  key: string;
  label: string;
  description: string;
  synonyms: string[];
}
interface Hit {
  kind: "metric" | "dimension" | "dimension_value";
  key: string;
  dimension: string;
  label: string;
}

function formulaOf(m: Metric): string {
  const d = m.definition;
  if (d.type === "formula") return d.formula;
  const where = d.where ? ` where ${d.where.column} = ${String(d.where.equals)}` : "";
  return `${d.aggregation}(${d.table}.${d.column})${where}`;
}

const UNITS = ["currency", "count", "ratio", "percent"] as const;
const FORMATS = ["currency", "integer", "decimal", "percent", "multiplier"] as const;
const KEY = /^[a-z][a-z0-9_]{0,62}$/;

/** The create-custom-metric form (analysts and admins); errors appear beside their field. */
function CustomMetricForm(props: { onCreated: (key: string) => void; onCancel: () => void }) {
  const [v, setV] = useState({
    key: "",
    label: "",
    formula: "",
    description: "",
    unit: "ratio",
    format: "decimal",
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const set = (k: keyof typeof v) => (e: { target: { value: string } }) =>
    setV({ ...v, [k]: e.target.value });
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const local: Record<string, string> = {};
    if (!KEY.test(v.key)) local.key = "lower_snake_case: a-z, 0-9 and _, starting with a letter";
    if (!v.label.trim()) local.label = "a label is required";
    if (!v.formula.trim())
      local.formula = "a formula over catalog metrics is required, e.g. (revenue - spend) / orders";
    setErrors(local);
    if (Object.keys(local).length > 0) return;
    setBusy(true);
    try {
      await api("/api/v1/catalog/metrics", {
        body: {
          key: v.key,
          label: v.label.trim(),
          formula: v.formula.trim(),
          ...(v.description.trim() ? { description: v.description.trim() } : {}),
          unit: v.unit,
          format: v.format,
        },
      });
      props.onCreated(v.key);
    } catch (err) {
      if (err instanceof ApiError) {
        const field = String(err.details?.path ?? "").split(".")[0] || "form";
        setErrors({ [field in v ? field : "form"]: err.message });
      } else setErrors({ form: String(err) });
    } finally {
      setBusy(false);
    }
  };
  const field = (k: keyof typeof v, label: string, input: React.ReactNode) => (
    <div>
      <label htmlFor={`cm-${k}`}>{label}</label>
      {input}
      {errors[k] ? (
        <p id={`cm-${k}-error`} className="field-error" role="alert">
          {errors[k]}
        </p>
      ) : null}
    </div>
  );
  const aria = (k: string) => ({
    "aria-invalid": errors[k] ? true : undefined,
    "aria-describedby": errors[k] ? `cm-${k}-error` : undefined,
  });
  return (
    <form className="panel form-grid" onSubmit={submit} aria-labelledby="cm-title" noValidate>
      <h2 id="cm-title">New custom metric</h2>
      {field(
        "key",
        "Key",
        <input id="cm-key" value={v.key} onChange={set("key")} placeholder="blended_cpa" {...aria("key")} />,
      )}
      {field(
        "label",
        "Label",
        <input
          id="cm-label"
          value={v.label}
          onChange={set("label")}
          placeholder="Blended CPA"
          {...aria("label")}
        />,
      )}
      {field(
        "formula",
        "Formula",
        <input
          id="cm-formula"
          value={v.formula}
          onChange={set("formula")}
          placeholder="spend / orders"
          {...aria("formula")}
        />,
      )}
      {field(
        "description",
        "Description",
        <input
          id="cm-description"
          value={v.description}
          onChange={set("description")}
          {...aria("description")}
        />,
      )}
      <div className="row">
        {field(
          "unit",
          "Unit",
          <select id="cm-unit" value={v.unit} onChange={set("unit")}>
            {UNITS.map((u) => (
              <option key={u}>{u}</option>
            ))}
          </select>,
        )}
        {field(
          "format",
          "Format",
          <select id="cm-format" value={v.format} onChange={set("format")}>
            {FORMATS.map((u) => (
              <option key={u}>{u}</option>
            ))}
          </select>,
        )}
      </div>
      {errors.form ? (
        <p className="field-error" role="alert">
          {errors.form}
        </p>
      ) : null}
      <div className="row">
        <button type="submit" className="btn primary" disabled={busy}>
          Create metric
        </button>
        <button type="button" className="btn" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

/**
 * The metric catalog: every metric and dimension with its definition, formula and synonyms, the
 * hybrid search (GET /api/v1/catalog/search), "ask about this", and custom metrics for editors.
 */
export function Catalog() {
  const { me } = useShell();
  const canEdit = me.role === "admin" || me.role === "analyst";
  const [catalog, setCatalog] = useState<{ metrics: Metric[]; dimensions: Dimension[] }>();
  const [q, setQ] = useState("");
  const [hits, setHits] = useState<Hit[]>();
  const [selected, setSelected] = useState<string>();
  const [creating, setCreating] = useState(false);
  const load = useCallback(() => {
    api<{ metrics: Metric[]; dimensions: Dimension[] }>("/api/v1/catalog").then(setCatalog, () => undefined);
  }, []);
  useEffect(load, [load]);
  useEffect(() => {
    const query = q.trim();
    if (!query) {
      setHits(undefined);
      return;
    }
    const t = setTimeout(() => {
      api<{ results: Hit[] }>(`/api/v1/catalog/search?q=${encodeURIComponent(query)}&limit=20`).then(
        (r) => setHits(r.results),
        () => setHits([]),
      );
    }, 200);
    return () => clearTimeout(t);
  }, [q]);
  const metrics = useMemo(() => {
    if (!catalog) return [];
    if (!hits) return catalog.metrics;
    const keys = hits.filter((h) => h.kind === "metric").map((h) => h.key);
    return keys.flatMap((k) => catalog.metrics.filter((m) => m.key === k));
  }, [catalog, hits]);
  const dimensions = useMemo(() => {
    if (!catalog) return [];
    if (!hits) return catalog.dimensions;
    const keys = new Set(hits.filter((h) => h.kind !== "metric").map((h) => h.dimension || h.key));
    return catalog.dimensions.filter((d) => keys.has(d.key));
  }, [catalog, hits]);

  return (
    <div className="page">
      <div className="page-head">
        <h1>Catalog</h1>
        {canEdit ? (
          <button type="button" className="btn" onClick={() => setCreating(true)} disabled={creating}>
            New custom metric
          </button>
        ) : (
          <p className="muted small">
            Viewers can browse the catalog; analysts and admins create custom metrics.
          </p>
        )}
      </div>
      {creating && canEdit ? (
        <CustomMetricForm
          onCancel={() => setCreating(false)}
          onCreated={(key) => {
            setCreating(false);
            setSelected(key);
            load();
          }}
        />
      ) : null}
      <label htmlFor="catalog-search" className="visually-hidden">
        Search metrics and dimensions
      </label>
      <input
        id="catalog-search"
        type="search"
        placeholder="Search metrics and dimensions, e.g. cost per order"
        value={q}
        onChange={(e) => setQ(e.target.value)}
      />
      {!catalog ? <p className="muted">Loading…</p> : null}
      <section aria-labelledby="metrics-h">
        <h2 id="metrics-h">
          Metrics {catalog ? <span className="muted small">({metrics.length})</span> : null}
        </h2>
        <ul className="list">
          {metrics.map((m) => (
            <li key={m.key} id={`metric-${m.key}`} className={selected === m.key ? "selected" : undefined}>
              <div className="row" style={{ justifyContent: "space-between" }}>
                <strong>
                  {m.label} <code className="muted">{m.key}</code>{" "}
                  {m.custom ? <span className="tag">custom</span> : null}
                </strong>
                <Link className="btn small" href={askHref(`${m.label} by channel last month`)}>
                  Ask about this
                </Link>
              </div>
              <p className="muted" style={{ margin: "0.2rem 0" }}>
                {m.description}
              </p>
              <code className="formula">{formulaOf(m)}</code>
              {m.synonyms.length > 0 ? (
                <p className="small muted">Also called: {m.synonyms.join(", ")}</p>
              ) : null}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="dimensions-h">
        <h2 id="dimensions-h">Dimensions</h2>
        <ul className="list">
          {dimensions.map((d) => (
            <li key={d.key}>
              <div className="row" style={{ justifyContent: "space-between" }}>
                <strong>
                  {d.label} <code className="muted">{d.key}</code>
                </strong>
                <Link className="btn small" href={askHref(`revenue by ${d.label.toLowerCase()} last month`)}>
                  Ask about this
                </Link>
              </div>
              <p className="muted" style={{ margin: "0.2rem 0" }}>
                {d.description}
              </p>
              {d.synonyms.length > 0 ? (
                <p className="small muted">Also called: {d.synonyms.join(", ")}</p>
              ) : null}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
