/**
 * Two Excel clients taking turns: each context's sync waits until `order` says it is that client's turn,
 * so a test fixes exactly how the round trips of two buyers interleave (every sync is still applied whole,
 * as the in-memory Excel applies it). A sync outside the order fails the test.
 */
import type { FakeRequestContext } from "../../in-memory-excel";

export function interleave(order: readonly string[], clients: Record<string, FakeRequestContext>): { done: () => string[] } {
  const ran: string[] = [];
  let waiters: (() => void)[] = [];
  const wake = () => {
    const woken = waiters;
    waiters = [];
    for (const w of woken) w();
  };
  for (const [name, context] of Object.entries(clients)) {
    const sync = context.sync.bind(context);
    context.sync = async <T>(passThrough?: T): Promise<T> => {
      // Bounded: each wait ends when another client's sync finishes, and there are order.length of those.
      for (let waits = 0; order[ran.length] !== name; waits++) {
        if (ran.length >= order.length || waits > order.length)
          throw new Error(`${name} synced out of the order ${order.join(",")} (ran ${ran.join(",")})`);
        await new Promise<void>((resolve) => waiters.push(resolve));
      }
      try {
        return await sync(passThrough);
      } finally {
        ran.push(name);
        wake();
      }
    };
  }
  return { done: () => ran };
}
