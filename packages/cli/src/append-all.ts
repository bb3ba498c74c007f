// Appending one array to another. `target.push(...items)` passes every item as a call argument, and past about
// 100,000 items (one draft can have that many findings) the call overflows the stack.

/** Appends `items` to `target` in order, one push per item. */
export function appendAll<T>(target: T[], items: Iterable<T>): void {
  for (const item of items) target.push(item);
}
