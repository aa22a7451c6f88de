/**
 * Interns channel names straight from UTF-8 bytes: a byte trie maps a touch's bytes to its channel
 * string without decoding a string per touch (a million-path file has millions of touches but only
 * a few dozen distinct channels).
 */

/** Byte trie over a handful of names; each node is 256 child slots plus the name that ends there. */
export class ChannelTrie {
  private children: Int32Array[] = [new Int32Array(256).fill(-1)];
  private names: (number | undefined)[] = [undefined];
  /** Distinct channels, in order of first appearance. */
  readonly channels: string[] = [];

  /**
   * The index of the channel spelled by `bytes[start, end)`, or -1 when it is new.
   * @example trie.find(Buffer.from("email"), 0, 5) // -1, then trie.add(...) returns 0
   */
  find(bytes: Uint8Array, start: number, end: number): number {
    let node = 0;
    for (let i = start; i < end; i++) {
      node = this.children[node]![bytes[i]!]!;
      if (node < 0) return -1;
    }
    return this.names[node] ?? -1;
  }

  /** Add a new channel (its bytes and decoded name); returns its index. */
  add(bytes: Uint8Array, start: number, end: number, name: string): number {
    let node = 0;
    for (let i = start; i < end; i++) {
      const slots = this.children[node]!;
      let next = slots[bytes[i]!]!;
      if (next < 0) {
        next = this.children.length;
        this.children.push(new Int32Array(256).fill(-1));
        this.names.push(undefined);
        slots[bytes[i]!] = next;
      }
      node = next;
    }
    const index = this.channels.length;
    this.channels.push(name);
    this.names[node] = index;
    return index;
  }
}
