/**
 * Interns channel names straight from UTF-8 bytes: a byte trie maps a touch's bytes to its channel
 * without decoding a string per touch (a million-path file has millions of touches but only a few
 * dozen distinct channels). Transitions live in one flat Int32Array (256 slots per node) that the
 * reader walks inline, one array read per byte.
 */
export class ChannelTrie {
  /** `next[node * 256 + byte]`: the child node, or -1. Node 0 is the root. */
  next = new Int32Array(256 * 64).fill(-1);
  /** Channel index of the name ending at each node, or -1. */
  ends = new Int32Array(64).fill(-1);
  /** Distinct channels, in order of first appearance. */
  readonly channels: string[] = [];
  private nodes = 1;

  /**
   * The channel spelled by `bytes[start, end)`, or -1 when it is new.
   * @example trie.find(Buffer.from("email"), 0, 5) // -1 until trie.add(...) of it
   */
  find(bytes: Uint8Array, start: number, end: number): number {
    let node = 0;
    for (let i = start; i < end && node >= 0; i++) node = this.next[node * 256 + bytes[i]!]!;
    return node < 0 ? -1 : this.ends[node]!;
  }

  /** Add a new channel (its bytes and decoded name); returns its index. */
  add(bytes: Uint8Array, start: number, end: number, name: string): number {
    let node = 0;
    for (let i = start; i < end; i++) {
      const slot = node * 256 + bytes[i]!;
      let child = this.next[slot]!;
      if (child < 0) {
        child = this.newNode();
        this.next[slot] = child;
      }
      node = child;
    }
    const index = this.channels.length;
    this.channels.push(name);
    this.ends[node] = index;
    return index;
  }

  private newNode(): number {
    if (this.nodes === this.ends.length) {
      const next = new Int32Array(this.next.length * 2).fill(-1);
      next.set(this.next);
      this.next = next;
      const ends = new Int32Array(this.ends.length * 2).fill(-1);
      ends.set(this.ends);
      this.ends = ends;
    }
    return this.nodes++;
  }
}
