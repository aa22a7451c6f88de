import type { RunnableConfig } from "@langchain/core/runnables";
import {
  BaseCheckpointSaver,
  type ChannelVersions,
  type Checkpoint,
  type CheckpointListOptions,
  type CheckpointMetadata,
  type CheckpointPendingWrite,
  type CheckpointTuple,
  compareWritesSortKeys,
  copyCheckpoint,
  getCheckpointId,
  maxChannelVersion,
  type PendingWrite,
  type SerializerProtocol,
  TASKS,
  WRITES_IDX_MAP,
  writesSortKey,
} from "@langchain/langgraph-checkpoint";
import type { Database, Queryable } from "../../db/database.ts";
import {
  CHECKPOINT_COLUMNS,
  type CheckpointRow,
  fromBase64,
  requireKey,
  toBase64,
  type WriteRow,
} from "./rows.ts";

/**
 * LangGraph checkpointer that persists to `agent_checkpoints` / `agent_checkpoint_writes` through
 * our `Database` port, with plain parameterised SQL that runs unchanged on PGlite and PostgreSQL.
 * Semantics mirror `MemorySaver` from @langchain/langgraph-checkpoint: latest checkpoint by id when
 * none is given, `list` newest first with `filter` (exact match on metadata keys), `before` and
 * `limit`, regular writes never overwritten, special writes (errors, interrupts, ...) replaced.
 *
 * Values are serialised with `this.serde.dumpsTyped` and stored as `[type, base64]`.
 *
 * Tenancy: the saver is tenant-agnostic. It stores whatever `thread_id` it is given, so callers
 * must scope ids themselves, e.g. `${organizationId}:${threadId}`, from the authenticated
 * organization (never from the model or a request body).
 */
export class DatabaseCheckpointSaver extends BaseCheckpointSaver {
  /**
   * @param db the database whose migrations created the checkpoint tables.
   * @param serde serializer; LangGraph's JSON-plus serializer by default.
   */
  constructor(
    private readonly db: Database,
    serde?: SerializerProtocol,
  ) {
    super(serde);
  }

  /** The checkpoint named by `configurable.checkpoint_id`, or the thread's latest; with its pending writes. */
  async getTuple(config: RunnableConfig): Promise<CheckpointTuple | undefined> {
    const threadId = requireKey("thread_id", config.configurable?.thread_id);
    const ns = requireKey("checkpoint_ns", config.configurable?.checkpoint_ns ?? "", true);
    const checkpointId = getCheckpointId(config);
    const rows = checkpointId
      ? await this.db.query<CheckpointRow>(
          `SELECT ${CHECKPOINT_COLUMNS} FROM agent_checkpoints
           WHERE thread_id = $1 AND checkpoint_ns = $2 AND checkpoint_id = $3`,
          [threadId, ns, checkpointId],
        )
      : await this.db.query<CheckpointRow>(
          `SELECT ${CHECKPOINT_COLUMNS} FROM agent_checkpoints
           WHERE thread_id = $1 AND checkpoint_ns = $2
           ORDER BY checkpoint_id COLLATE "C" DESC LIMIT 1`,
          [threadId, ns],
        );
    const row = rows[0];
    if (row === undefined) return undefined;
    // MemorySaver echoes the caller's config when it named a checkpoint, and builds one otherwise.
    return this.toTuple(row, await this.loadMetadata(row), checkpointId ? config : undefined);
  }

  /** Checkpoints newest first, optionally for one thread / namespace / id, filtered and limited. */
  async *list(config: RunnableConfig, options?: CheckpointListOptions): AsyncGenerator<CheckpointTuple> {
    const { before, filter } = options ?? {};
    let limit = options?.limit;
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (clause: string, value: unknown) => {
      params.push(value);
      where.push(clause.replace("?", `$${params.length}`));
    };
    const configurable = config.configurable ?? {};
    if (configurable.thread_id !== undefined)
      add("thread_id = ?", requireKey("thread_id", configurable.thread_id));
    if (configurable.checkpoint_ns !== undefined) {
      add("checkpoint_ns = ?", requireKey("checkpoint_ns", configurable.checkpoint_ns, true));
    }
    if (configurable.checkpoint_id)
      add("checkpoint_id = ?", requireKey("checkpoint_id", configurable.checkpoint_id));
    const beforeId = before?.configurable?.checkpoint_id;
    if (beforeId) add(`checkpoint_id COLLATE "C" < ?`, requireKey("checkpoint_id", beforeId));
    // Without a metadata filter the limit can go to SQL; with one, metadata is matched after decoding.
    const sqlLimit =
      filter === undefined && limit !== undefined ? ` LIMIT ${Math.max(0, Math.floor(limit))}` : "";
    const rows = await this.db.query<CheckpointRow>(
      `SELECT ${CHECKPOINT_COLUMNS} FROM agent_checkpoints
       ${where.length > 0 ? `WHERE ${where.join(" AND ")}` : ""}
       ORDER BY thread_id COLLATE "C", checkpoint_ns COLLATE "C", checkpoint_id COLLATE "C" DESC${sqlLimit}`,
      params,
    );
    for (const row of rows) {
      const metadata = await this.loadMetadata(row);
      const meta = metadata as Record<string, unknown>;
      if (filter && !Object.entries(filter).every(([key, value]) => meta[key] === value)) continue;
      if (limit !== undefined) {
        if (limit <= 0) break;
        limit -= 1;
      }
      yield await this.toTuple(row, metadata, undefined);
    }
  }

  /** Store a checkpoint; its parent is the `checkpoint_id` in `config` (if any). */
  async put(
    config: RunnableConfig,
    checkpoint: Checkpoint,
    metadata: CheckpointMetadata,
    _newVersions: ChannelVersions,
  ): Promise<RunnableConfig> {
    const threadId = requireKey("thread_id", config.configurable?.thread_id);
    const ns = requireKey("checkpoint_ns", config.configurable?.checkpoint_ns ?? "", true);
    const checkpointId = requireKey("checkpoint_id", checkpoint.id);
    const parentId = config.configurable?.checkpoint_id;
    const [[checkpointType, checkpointBytes], [metadataType, metadataBytes]] = await Promise.all([
      this.serde.dumpsTyped(copyCheckpoint(checkpoint)),
      this.serde.dumpsTyped(metadata),
    ]);
    await this.db.query(
      `INSERT INTO agent_checkpoints (${CHECKPOINT_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (thread_id, checkpoint_ns, checkpoint_id) DO UPDATE SET
         parent_checkpoint_id = EXCLUDED.parent_checkpoint_id, checkpoint_type = EXCLUDED.checkpoint_type,
         checkpoint = EXCLUDED.checkpoint, metadata_type = EXCLUDED.metadata_type, metadata = EXCLUDED.metadata`,
      [
        threadId,
        ns,
        checkpointId,
        typeof parentId === "string" && parentId !== "" ? parentId : null,
        checkpointType,
        toBase64(checkpointBytes),
        metadataType,
        toBase64(metadataBytes),
      ],
    );
    return { configurable: { thread_id: threadId, checkpoint_ns: ns, checkpoint_id: checkpointId } };
  }

  /**
   * Store a task's intermediate writes for the checkpoint in `config`. Regular writes keep their
   * list index and are never overwritten; special channels (error, scheduled, interrupt, resume)
   * use the negative indices of `WRITES_IDX_MAP` and replace an earlier write, as in MemorySaver.
   */
  async putWrites(
    config: RunnableConfig,
    writes: PendingWrite[],
    taskId: string,
    taskPath?: string,
  ): Promise<void> {
    const threadId = requireKey("thread_id", config.configurable?.thread_id);
    const ns = requireKey("checkpoint_ns", config.configurable?.checkpoint_ns ?? "", true);
    const checkpointId = requireKey("checkpoint_id", config.configurable?.checkpoint_id);
    requireKey("task_id", taskId);
    const rows = await Promise.all(
      writes.map(async ([channel, value], idx) => {
        const [valueType, bytes] = await this.serde.dumpsTyped(value);
        const special = WRITES_IDX_MAP[channel];
        return { idx: special || idx, channel, valueType, value: toBase64(bytes) };
      }),
    );
    if (rows.length === 0) return;
    await this.db.transaction(async (tx) => {
      for (const row of rows) {
        await tx.query(
          `INSERT INTO agent_checkpoint_writes
             (thread_id, checkpoint_ns, checkpoint_id, task_id, task_path, idx, channel, value_type, value)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
           ON CONFLICT (thread_id, checkpoint_ns, checkpoint_id, task_id, idx) ${
             row.idx >= 0
               ? "DO NOTHING"
               : "DO UPDATE SET task_path = EXCLUDED.task_path, channel = EXCLUDED.channel, value_type = EXCLUDED.value_type, value = EXCLUDED.value"
}`,
          [
            threadId,
            ns,
            checkpointId,
            taskId,
            taskPath ?? "",
            row.idx,
            row.channel,
            row.valueType,
            row.value,
          ],
        );
      }
    });
  }

  /** Delete every checkpoint and write of one thread (all namespaces). */
  async deleteThread(threadId: string): Promise<void> {
    const id = requireKey("thread_id", threadId);
    await this.db.transaction(async (tx: Queryable) => {
      await tx.query("DELETE FROM agent_checkpoint_writes WHERE thread_id = $1", [id]);
      await tx.query("DELETE FROM agent_checkpoints WHERE thread_id = $1", [id]);
    });
  }

  private loadMetadata(row: CheckpointRow): Promise<CheckpointMetadata> {
    return this.serde.loadsTyped(row.metadata_type, fromBase64(row.metadata));
  }

  /** Build a tuple from a stored row: checkpoint, metadata, parent config and ordered pending writes. */
  private async toTuple(
    row: CheckpointRow,
    metadata: CheckpointMetadata,
    requested: RunnableConfig | undefined,
  ): Promise<CheckpointTuple> {
    const { thread_id, checkpoint_ns, checkpoint_id, parent_checkpoint_id } = row;
    const checkpoint: Checkpoint = await this.serde.loadsTyped(
      row.checkpoint_type,
      fromBase64(row.checkpoint),
    );
    if (checkpoint.v < 4 && parent_checkpoint_id !== null) {
      await this.migratePendingSends(checkpoint, thread_id, checkpoint_ns, parent_checkpoint_id);
    }
    const tuple: CheckpointTuple = {
      config: requested ?? { configurable: { thread_id, checkpoint_ns, checkpoint_id } },
      checkpoint,
      metadata,
      pendingWrites: await this.loadWrites(thread_id, checkpoint_ns, checkpoint_id),
    };
    if (parent_checkpoint_id !== null) {
      tuple.parentConfig = {
        configurable: { thread_id, checkpoint_ns, checkpoint_id: parent_checkpoint_id },
      };
    }
    return tuple;
  }

  /** Pending writes of one checkpoint in `writesSortKey` order (task path, task id, index). */
  private async loadWrites(
    threadId: string,
    ns: string,
    checkpointId: string,
  ): Promise<CheckpointPendingWrite[]> {
    const rows = await this.db.query<WriteRow>(
      `SELECT task_id, task_path, idx, channel, value_type, value FROM agent_checkpoint_writes
       WHERE thread_id = $1 AND checkpoint_ns = $2 AND checkpoint_id = $3`,
      [threadId, ns, checkpointId],
    );
    const sorted = rows
      .map((row) => ({ row, key: writesSortKey(row.task_path, row.task_id, Number(row.idx)) }))
      .sort((a, b) => compareWritesSortKeys(a.key, b.key));
    return Promise.all(
      sorted.map(
        async ({ row }): Promise<CheckpointPendingWrite> => [
          row.task_id,
          row.channel,
          await this.serde.loadsTyped(row.value_type, fromBase64(row.value)),
        ],
      ),
    );
  }

  /** Checkpoints older than format v4 kept pending sends in the parent's TASKS writes (as MemorySaver). */
  private async migratePendingSends(checkpoint: Checkpoint, threadId: string, ns: string, parentId: string) {
    const parentWrites = await this.loadWrites(threadId, ns, parentId);
    const mutable = checkpoint as Checkpoint & { channel_values: Record<string, unknown> };
    mutable.channel_values ??= {};
    mutable.channel_values[TASKS] = parentWrites
      .filter(([, channel]) => channel === TASKS)
      .map(([, , v]) => v);
    mutable.channel_versions ??= {};
    const versions = Object.values(mutable.channel_versions);
    mutable.channel_versions[TASKS] =
      versions.length > 0 ? maxChannelVersion(...versions) : this.getNextVersion(undefined);
  }
}
