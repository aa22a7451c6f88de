/**
 * The saver's behaviour as a list of tests, run on PGlite (database-saver.test.ts) and on a real
 * PostgreSQL server (database-saver.int.test.ts), so both adapters are held to the same contract.
 */
import { Annotation, END, START, StateGraph } from "@langchain/langgraph";
import {
  type Checkpoint,
  type CheckpointMetadata,
  ERROR,
  emptyCheckpoint,
  type PendingWrite,
  uuid6,
} from "@langchain/langgraph-checkpoint";
import { expect, it } from "vitest";
import type { Database } from "../../db/database.ts";
import { DatabaseCheckpointSaver } from "./database-saver.ts";

function checkpoint(values: Record<string, unknown>): Checkpoint {
  return { ...emptyCheckpoint(), id: uuid6(-1), channel_values: values, channel_versions: { a: 1 } };
}
const meta = (step: number, source: CheckpointMetadata["source"] = "loop"): CheckpointMetadata => ({
  source,
  step,
  parents: {},
});

/** Register the saver tests inside the current `describe`; `getDb` returns a migrated database. */
export function checkpointSaverContract(getDb: () => Database): void {
  it("round-trips put and getTuple, latest and by id, with the parent config", async () => {
    const saver = new DatabaseCheckpointSaver(getDb());
    const first = checkpoint({ a: "one", nested: { n: [1, 2, 3] } });
    const second = checkpoint({ a: "two" });
    const c1 = await saver.put({ configurable: { thread_id: "org1:t1" } }, first, meta(-1, "input"), {});
    const c2 = await saver.put(c1, second, meta(0), {});

    const latest = await saver.getTuple({ configurable: { thread_id: "org1:t1" } });
    expect(latest?.checkpoint).toEqual(second);
    expect(latest?.metadata).toEqual(meta(0));
    expect(latest?.config).toEqual(c2);
    expect(latest?.parentConfig).toEqual(c1);
    expect(latest?.pendingWrites).toEqual([]);

    const byId = await saver.getTuple(c1);
    expect(byId?.checkpoint).toEqual(first);
    expect(byId?.parentConfig).toBeUndefined();
    expect(await saver.getTuple({ configurable: { thread_id: "org1:missing" } })).toBeUndefined();
    expect(
      await saver.getTuple({ configurable: { thread_id: "org1:t1", checkpoint_id: "nope" } }),
    ).toBeUndefined();
  });

  it("lists newest first with filter, before and limit, and keeps threads apart", async () => {
    const saver = new DatabaseCheckpointSaver(getDb());
    const ids: string[] = [];
    let config = { configurable: { thread_id: "org1:list" } } as { configurable: Record<string, unknown> };
    for (let step = 0; step < 4; step++) {
      const cp = checkpoint({ a: step });
      ids.push(cp.id);
      config = (await saver.put(config, cp, meta(step, step === 0 ? "input" : "loop"), {})) as typeof config;
    }
    await saver.put({ configurable: { thread_id: "org2:list" } }, checkpoint({ a: 9 }), meta(0), {});

    const all = [];
    for await (const t of saver.list({ configurable: { thread_id: "org1:list" } })) all.push(t.checkpoint.id);
    expect(all).toEqual([...ids].reverse());

    const limited = [];
    for await (const t of saver.list({ configurable: { thread_id: "org1:list" } }, { limit: 2 })) {
      limited.push(t.checkpoint.id);
    }
    expect(limited).toEqual([ids[3], ids[2]]);

    const before = [];
    const beforeConfig = { configurable: { thread_id: "org1:list", checkpoint_id: ids[2] } };
    for await (const t of saver.list(
      { configurable: { thread_id: "org1:list" } },
      { before: beforeConfig },
    )) {
      before.push(t.checkpoint.id);
    }
    expect(before).toEqual([ids[1], ids[0]]);

    const filtered = [];
    const opts = { filter: { source: "loop" }, limit: 2 };
    for await (const t of saver.list({ configurable: { thread_id: "org1:list" } }, opts)) {
      filtered.push(t.metadata?.step);
    }
    expect(filtered).toEqual([3, 2]);

    const inputs = [];
    for await (const t of saver.list(
      { configurable: { thread_id: "org1:list" } },
      { filter: { source: "input" } },
    )) {
      inputs.push(t.checkpoint.id);
    }
    expect(inputs).toEqual([ids[0]]);
  });

  it("stores writes in sort order, never overwrites regular writes, replaces special ones", async () => {
    const saver = new DatabaseCheckpointSaver(getDb());
    const config = await saver.put({ configurable: { thread_id: "org1:w" } }, checkpoint({}), meta(0), {});
    const writes: PendingWrite[] = [
      ["messages", { text: "hi" }],
      ["count", 2],
    ];
    await saver.putWrites(config, writes, "task-b", "~path-b");
    await saver.putWrites(config, [["count", 99]], "task-b", "~path-b");
    await saver.putWrites(config, [["note", "from a"]], "task-a", "~path-a");
    await saver.putWrites(config, [[ERROR, { message: "first" }]], "task-c", "~path-c");
    await saver.putWrites(config, [[ERROR, { message: "second" }]], "task-c", "~path-c");

    const tuple = await saver.getTuple(config);
    expect(tuple?.pendingWrites).toEqual([
      ["task-a", "note", "from a"],
      ["task-b", "messages", { text: "hi" }],
      ["task-b", "count", 2],
      ["task-c", ERROR, { message: "second" }],
    ]);
  });

  it("deletes one thread and leaves others alone", async () => {
    const saver = new DatabaseCheckpointSaver(getDb());
    const a = await saver.put({ configurable: { thread_id: "org1:del" } }, checkpoint({}), meta(0), {});
    await saver.putWrites(a, [["x", 1]], "t");
    await saver.put({ configurable: { thread_id: "org1:keep" } }, checkpoint({}), meta(0), {});
    await saver.deleteThread("org1:del");
    expect(await saver.getTuple({ configurable: { thread_id: "org1:del" } })).toBeUndefined();
    expect(
      await getDb().query("SELECT 1 FROM agent_checkpoint_writes WHERE thread_id = $1", ["org1:del"]),
    ).toEqual([]);
    expect(await saver.getTuple({ configurable: { thread_id: "org1:keep" } })).toBeDefined();
  });

  it("rejects a missing thread id with a coded error", async () => {
    const saver = new DatabaseCheckpointSaver(getDb());
    await expect(saver.put({ configurable: {} }, checkpoint({}), meta(0), {})).rejects.toMatchObject({
      code: "input.invalid",
    });
  });

  it("keeps a LangGraph thread's state across runs and across a new saver (restart)", async () => {
    const State = Annotation.Root({
      count: Annotation<number>({ reducer: (a, b) => a + b, default: () => 0 }),
      log: Annotation<string[]>({ reducer: (a, b) => a.concat(b), default: () => [] }),
    });
    const build = (saver: DatabaseCheckpointSaver) =>
      new StateGraph(State)
        .addNode("bump", (s) => ({ count: 1, log: [`bump ${s.count + 1}`] }))
        .addEdge(START, "bump")
        .addEdge("bump", END)
        .compile({ checkpointer: saver });
    const thread = { configurable: { thread_id: "org1:graph" } };

    const graph = build(new DatabaseCheckpointSaver(getDb()));
    await graph.invoke({ log: ["hello"] }, thread);
    const second = await graph.invoke({ log: ["again"] }, thread);
    expect(second).toEqual({ count: 2, log: ["hello", "bump 1", "again", "bump 2"] });

    const restarted = build(new DatabaseCheckpointSaver(getDb()));
    expect((await restarted.getState(thread)).values).toEqual(second);
    const third = await restarted.invoke({ log: ["after restart"] }, thread);
    expect(third).toEqual({ count: 3, log: [...second.log, "after restart", "bump 3"] });

    const history = [];
    for await (const snapshot of restarted.getStateHistory(thread)) history.push(snapshot.metadata?.step);
    expect(history).toEqual([7, 6, 5, 4, 3, 2, 1, 0, -1]); // three runs: input, apply, bump
    const other = await restarted.getState({ configurable: { thread_id: "org2:graph" } });
    expect(other.values).toEqual({});
  });
}
