const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Awaits a condition one event-loop turn at a time; never a fixed time. */
export async function until(condition: () => boolean, turns = 1000): Promise<void> {
  for (let i = 0; i < turns && !condition(); i++) await nextTurn();
  if (!condition()) throw new Error("the condition never came true");
}

export { nextTurn };
