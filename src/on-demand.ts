// One on-demand chunk: fetched at most once per page, never rejecting, its module kept once here.

export interface OnDemand<M> {
  /** A promise that settles once the chunk is here (or failed); undefined when there is nothing to wait for. */
  load(): Promise<void> | undefined;
  /** The module, once loaded. */
  module?: M;
  /** True once the chunk failed to load: it is not requested again on this page. */
  failed?: boolean;
}

/**
 * Wraps a dynamic `import()`. `ready` runs once with the module before anyone sees it (to register
 * its messages, platforms or styles). The module goes through a function as a whole, so Rollup
 * keeps all of its exports (see rollup/rollup#6250: a `.then` with a try/catch lost them).
 */
export function onDemand<M>(importer: () => Promise<M>, ready?: (module: M) => void): OnDemand<M> {
  let pending: Promise<void> | undefined;
  const part: OnDemand<M> = {
    load: () =>
      part.module || part.failed
        ? undefined
        : (pending ??= importer().then(
            (m) => {
              ready?.(m);
              part.module = m;
            },
            () => void (part.failed = true),
          )),
  };
  return part;
}
