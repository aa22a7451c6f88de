/** Conversation memory: a LangGraph checkpointer on our database port. */
export { DatabaseCheckpointSaver } from "./database-saver.ts";
