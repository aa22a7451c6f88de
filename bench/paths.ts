/**
 * `npm run bench -- paths [--rows 1000000] [--models markov] [--port 4601]`: a ChannelAttribution
 * path file (1M distinct paths over 20 channels, 1-10 touches) through `POST
 * /api/v1/attribution/paths` (text/csv, streamed) and through `npm run attribute`, each whole run
 * timed with its peak RSS, next to the core's compute time alone on the same paths already in
 * memory. Prints the ratio whole / compute (target: the whole request within 3x of the compute),
 * by wall time and by CPU time (the server's CPU for the request, the CLI process's whole CPU
 * including start-up): on a shared machine wall time is mostly waiting for a core. Each whole run
 * is done three times. The CLI is timed as `npm run attribute` runs it: compiled to one JavaScript
 * file by esbuild (dist/attribute.mjs, built once here), so no TypeScript loader starts with it.
 */
import { execFileSync, spawn } from "node:child_process";
import { once } from "node:events";
import { createReadStream, createWriteStream, existsSync, statSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { request } from "node:http";
import { finished } from "node:stream/promises";
import { z } from "zod";
import { attributeKeyedPaths } from "../core/attribution/request.ts";
import { type KeyedPath, modelNameSchema } from "../core/attribution/types.ts";
import { startChildServer } from "./child-server.ts";

const CHANNELS = Array.from({ length: 20 }, (_, i) => `channel_${i}`);
const argsSchema = z.object({
  rows: z.coerce.number().int().min(1000).max(5_000_000).default(1_000_000),
  models: z
    .string()
    .default("markov")
    .transform((s) => s.split(","))
    .pipe(z.array(modelNameSchema).min(1)),
  port: z.coerce.number().int().min(1024).max(65535).default(4601),
});

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

/** Distinct paths, skewed towards the first channels like real traffic (as bench/core-attribution). */
function generate(count: number): KeyedPath[] {
  const r = rng(1);
  const seen = new Set<string>();
  const out: KeyedPath[] = [];
  while (out.length < count) {
    const len = 1 + Math.floor(r() * 10);
    const keys = Array.from({ length: len }, () => CHANNELS[Math.floor(r() * r() * CHANNELS.length)]!);
    const id = keys.join(" > ");
    if (seen.has(id)) continue;
    seen.add(id);
    const conversions = Math.floor(r() * 3);
    out.push({ keys, channels: keys, conversions, nulls: Math.floor(r() * 20), value: conversions * 49.5 });
  }
  return out;
}

async function writeFile(path: string, paths: readonly KeyedPath[]): Promise<void> {
  const out = createWriteStream(path);
  out.write("path;total_conversions;total_conversion_value;total_null\n");
  let buf = "";
  for (const p of paths) {
    buf += `${p.keys.join(" > ")};${p.conversions};${p.value};${p.nulls}\n`;
    if (buf.length > 1 << 20) {
      if (!out.write(buf)) await once(out, "drain");
      buf = "";
    }
  }
  out.end(buf);
  await finished(out);
}

const ms = (x: number) => `${Math.round(x).toLocaleString("en-US")} ms`;

/** POST the file streamed from disk; returns the whole time and the server's timing split. */
async function postFile(url: string, key: string, file: string, models: string[]) {
  const started = performance.now();
  const body = await new Promise<string>((resolve, reject) => {
    const req = request(
      `${url}/api/v1/attribution/paths?models=${models.join(",")}`,
      { method: "POST", headers: { authorization: `Bearer ${key}`, "content-type": "text/csv" } },
      (res) => {
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (c: string) => {
          text += c;
        });
        res.on("end", () =>
          res.statusCode === 200 ? resolve(text) : reject(new Error(`${res.statusCode}: ${text}`)),
        );
      },
    );
    req.on("error", reject);
    createReadStream(file, { highWaterMark: 1 << 20 }).pipe(req);
  });
  const wholeMs = performance.now() - started;
  const parsed = JSON.parse(body) as { file: { rows: number }; timingMs: { read: number; compute: number } };
  return { wholeMs, ...parsed };
}

/**
 * `npm run attribute` as a user runs it after its compile step (`npm run build:attribute`, timed
 * once before): a new Node process on the compiled CLI; whole wall time and its stderr line.
 */
async function runCli(file: string, models: string[]) {
  const started = performance.now();
  const child = spawn(
    process.execPath,
    [
      new URL("../dist/attribute.mjs", import.meta.url).pathname,
      "--file",
      file,
      "--models",
      models.join(","),
      "--json",
    ],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (c) => {
    stdout += c;
  });
  child.stderr.on("data", (c) => {
    stderr += c;
  });
  const [code] = (await once(child, "exit")) as [number];
  if (code !== 0) throw new Error(`npm run attribute failed: ${stderr}`);
  const wholeMs = performance.now() - started;
  const parsed = JSON.parse(stdout) as { timingMs: { read: number; compute: number } };
  return { wholeMs, timingMs: parsed.timingMs, line: stderr.trim() };
}

/** Run the benchmark. */
export async function run(argv: string[]): Promise<void> {
  const args = argsSchema.parse(
    Object.fromEntries(argv.map((a) => a.replace(/^--/, "").split("=")).map(([k, v]) => [k, v])),
  );
  await mkdir("tmp/bench-paths", { recursive: true });
  const file = `tmp/bench-paths/paths-${args.rows}.csv`;
  const paths = generate(args.rows);
  if (!existsSync(file)) await writeFile(file, paths);
  const touches = paths.reduce((n, p) => n + p.keys.length, 0);
  console.log(
    `paths: ${args.rows.toLocaleString("en-US")} distinct paths, ${touches.toLocaleString("en-US")} touches, ` +
      `${CHANNELS.length} channels, ${(statSync(file).size / 2 ** 20).toFixed(0)} MB file; models ${args.models.join(",")}`,
  );

  // The core alone: the same paths already in memory (best of 3, after a warm-up). Wall time and
  // CPU time: on this shared machine wall time is mostly waiting for a core.
  attributeKeyedPaths(paths.slice(0, 10_000), args.models);
  let compute = Number.POSITIVE_INFINITY;
  let computeCpu = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    const c = process.cpuUsage();
    attributeKeyedPaths(paths, args.models);
    const used = process.cpuUsage(c);
    compute = Math.min(compute, performance.now() - t);
    computeCpu = Math.min(computeCpu, (used.user + used.system) / 1000);
  }
  console.log(`core compute alone (paths in memory): ${ms(compute)} wall, ${ms(computeCpu)} CPU`);

  const server = await startChildServer(args.port);
  try {
    const idle = await server.ask<{ peakMb: number }>("rss");
    await postFile(server.url, server.key, file, args.models); // warm-up: JIT and allocator
    for (let run = 1; run <= 3; run++) {
      const before = await server.ask<{ cpuMs: number }>("rss");
      const http = await postFile(server.url, server.key, file, args.models);
      const rss = await server.ask<{ peakMb: number; cpuMs: number }>("rss");
      const serverCpu = rss.cpuMs - before.cpuMs;
      console.log(
        `HTTP POST /api/v1/attribution/paths (text/csv, streamed), run ${run}: whole request ${ms(http.wholeMs)} ` +
          `(server: read+parse ${ms(http.timingMs.read)}, compute ${ms(http.timingMs.compute)}); ` +
          `server CPU for the request ${ms(serverCpu)}; ` +
          `server peak RSS ${rss.peakMb.toFixed(0)} MB (before the first request ${idle.peakMb.toFixed(0)} MB); ` +
          `whole / compute alone = ${(http.wholeMs / compute).toFixed(2)}x wall, ${(serverCpu / computeCpu).toFixed(2)}x CPU (target <= 3x)`,
      );
    }
  } finally {
    await server.stop();
  }

  const built = performance.now();
  execFileSync("npm", ["run", "-s", "build:attribute"], { stdio: "inherit" });
  console.log(
    `npm run build:attribute (esbuild, the first step of npm run attribute): ${ms(performance.now() - built)} wall`,
  );
  for (let run = 1; run <= 3; run++) {
    const cli = await runCli(file, args.models);
    const cpuMs = Number(/process CPU (\d+) ms/.exec(cli.line)?.[1]);
    console.log(
      `CLI npm run attribute, run ${run}: whole process ${ms(cli.wholeMs)} (in-process read+parse ${ms(cli.timingMs.read)}, ` +
        `compute ${ms(cli.timingMs.compute)}); ${cli.line}; ` +
        `(read+compute) / compute alone = ${((cli.timingMs.read + cli.timingMs.compute) / compute).toFixed(2)}x wall, ` +
        `whole process / compute alone = ${(cli.wholeMs / compute).toFixed(2)}x wall, ${(cpuMs / computeCpu).toFixed(2)}x CPU`,
    );
  }
}
