/** Operations whose every member is an async method: the only shape a lazily loaded adapter can stand in for. */
type AsyncMethods<T> = { readonly [K in keyof T]: (...args: never[]) => Promise<unknown> };

/**
 * Stands in for operations that live in a lazy chunk: the chunk is fetched on the first call of any
 * method (and only once), so the task pane's first paint does not wait for the Excel adapter. A failed
 * fetch rejects that call like any other failure, and the next call tries again.
 */
export function lazily<T extends AsyncMethods<T>>(load: () => Promise<T>): T {
  let loading: Promise<T> | null = null;
  const loaded = () => {
    loading ??= load().catch((error: unknown) => {
      loading = null;
      throw error;
    });
    return loading;
  };
  return new Proxy({} as T, {
    get: (_target, member) =>
      async (...args: never[]) => {
        const operations = await loaded();
        const method = operations[member as keyof T] as unknown as (...a: never[]) => Promise<unknown>;
        return method.apply(operations, args);
      },
  });
}
