"use client";
import { type FormEvent, useEffect, useState } from "react";
import { api } from "@/lib/api";
import { fieldError } from "@/lib/field-errors";
import {
  type DestinationDraft,
  DestinationFields,
  destinationBody,
  EMPTY_DESTINATION,
} from "./DestinationFields";

/** What the API answers on create: the rule, and each webhook's signing secret (shown once). */
export interface CreatedRule {
  rule: { id: number; name: string };
  secrets: { destination: number; secret: string }[];
}

/**
 * A new alert rule (POST /api/v1/alerts): a catalog metric crossing a threshold (above or below),
 * or an anomaly from the detector, optionally for one channel, and one destination.
 */
export function AlertForm(props: { onCreated: (c: CreatedRule) => void; onCancel: () => void }) {
  const [metrics, setMetrics] = useState<{ key: string; label: string }[]>([]);
  const [name, setName] = useState("CPA above target");
  const [metric, setMetric] = useState("cpa");
  const [kind, setKind] = useState<"threshold" | "anomaly">("threshold");
  const [op, setOp] = useState<"above" | "below">("above");
  const [value, setValue] = useState("50");
  const [channel, setChannel] = useState("");
  const [dest, setDest] = useState<DestinationDraft>(EMPTY_DESTINATION);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    api<{ metrics: { key: string; label: string }[] }>("/api/v1/catalog").then(
      (c) => setMetrics(c.metrics),
      () => setMetrics([]),
    );
  }, []);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const threshold = Number(value);
    if (kind === "threshold" && (value.trim() === "" || !Number.isFinite(threshold))) {
      setErrors({ condition: "a number, e.g. 50 for CPA $50" });
      return;
    }
    setBusy(true);
    setErrors({});
    try {
      props.onCreated(
        await api<CreatedRule>("/api/v1/alerts", {
          body: {
            name: name.trim(),
            metric,
            condition: kind === "threshold" ? { kind, op, value: threshold } : { kind },
            ...(channel.trim() ? { scope: { dimension: "channel", member: channel.trim() } } : {}),
            destinations: [destinationBody(dest)],
          },
        }),
      );
    } catch (err) {
      setErrors(
        fieldError(err, {
          name: "name",
          metric: "metric",
          condition: "condition",
          scope: "channel",
          destinations: "destination",
        }),
      );
    } finally {
      setBusy(false);
    }
  };
  const err = (k: string) =>
    errors[k] ? (
      <p id={`af-${k}-error`} className="field-error" role="alert">
        {errors[k]}
      </p>
    ) : null;
  const aria = (k: string) => ({
    "aria-invalid": errors[k] ? true : undefined,
    "aria-describedby": errors[k] ? `af-${k}-error` : undefined,
  });
  return (
    <form className="panel form-grid" onSubmit={submit} aria-labelledby="af-title" noValidate>
      <h2 id="af-title">New alert rule</h2>
      <div>
        <label htmlFor="af-name">Name</label>
        <input id="af-name" value={name} onChange={(e) => setName(e.target.value)} {...aria("name")} />
        {err("name")}
      </div>
      <div>
        <label htmlFor="af-metric">Metric</label>
        <select id="af-metric" value={metric} onChange={(e) => setMetric(e.target.value)} {...aria("metric")}>
          {metrics.length === 0 ? <option value={metric}>{metric}</option> : null}
          {metrics.map((m) => (
            <option key={m.key} value={m.key}>
              {m.label}
            </option>
          ))}
        </select>
        {err("metric")}
      </div>
      <fieldset className="fieldset">
        <legend>Condition</legend>
        <div className="row">
          <label htmlFor="af-kind" className="visually-hidden">
            Condition kind
          </label>
          <select id="af-kind" value={kind} onChange={(e) => setKind(e.target.value as typeof kind)}>
            <option value="threshold">Crosses a threshold</option>
            <option value="anomaly">Is anomalous (detector)</option>
          </select>
          {kind === "threshold" ? (
            <>
              <label htmlFor="af-op" className="visually-hidden">
                Direction
              </label>
              <select id="af-op" value={op} onChange={(e) => setOp(e.target.value as typeof op)}>
                <option value="above">above</option>
                <option value="below">below</option>
              </select>
              <label htmlFor="af-value" className="visually-hidden">
                Threshold
              </label>
              <input
                id="af-value"
                className="threshold"
                inputMode="decimal"
                value={value}
                onChange={(e) => setValue(e.target.value)}
                {...aria("condition")}
              />
            </>
          ) : null}
        </div>
        {err("condition")}
      </fieldset>
      <div>
        <label htmlFor="af-channel">Only this channel (optional)</label>
        <input
          id="af-channel"
          placeholder="paid_social"
          value={channel}
          onChange={(e) => setChannel(e.target.value)}
          {...aria("channel")}
        />
        {err("channel")}
      </div>
      <DestinationFields idPrefix="af" value={dest} onChange={setDest} error={errors.destination} />
      {err("form")}
      <div className="row">
        <button type="submit" className="btn primary" disabled={busy}>
          {busy ? "Creating…" : "Create alert rule"}
        </button>
        <button type="button" className="btn" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
