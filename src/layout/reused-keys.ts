/**
 * Keys for a keyed repeat that give the node of an item that left to an item that arrived, so a
 * zoom frame that labels other events updates nodes instead of removing and creating them. An item
 * drawn in both renders keeps its key, and so its node; free keys go to new items in the order both
 * came in (time order), so a whole row changing hands moves no node. A new key (a new node) only
 * where no node of the last render is free.
 */
export class ReusedKeys {
  /** Each drawn item's key: an object of its own, so a new key is a new node. */
  private keyOf = new Map<unknown, object>();

  /**
   * The key of each of `ids` (distinct), by its index in them, as a keyed repeat asks for it; the key
   * of `keep` (the focused item) goes to no other item.
   */
  assign(ids: readonly unknown[], keep?: unknown): (item: unknown, index: number) => object {
    const last = this.keyOf;
    const taken = new Set([...ids, keep].map((id) => last.get(id)));
    const free = [...last.values()].filter((key) => !taken.has(key));
    let f = 0;
    const keys = ids.map((id) => last.get(id) ?? free[f++] ?? {});
    this.keyOf = new Map(ids.map((id, index) => [id, keys[index]]));
    return (_, index) => keys[index];
  }

  /** The id drawn at `index` in the last render (its node's place among its siblings), if any. */
  idAt(index: number): unknown {
    return index < 0 ? undefined : [...this.keyOf.keys()][index];
  }
}
