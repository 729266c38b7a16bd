import { useEffect, useState } from "react";

export type Engine = typeof import("./engineParts");

let loading: Promise<Engine> | undefined;

/** Loads the engine chunk once; every caller shares the same promise. */
export const loadEngine = (): Promise<Engine> =>
  (loading ??= import(/* webpackChunkName: "engine" */ "./engineParts"));

/**
 * The engine once loaded (undefined until then, for the first paint). A chunk that fails to load
 * is thrown during render, so that the pane's error boundary says so instead of waiting forever.
 */
export function useEngine(): Engine | undefined {
  const [state, setState] = useState<{ engine?: Engine; error?: unknown }>({});
  useEffect(() => {
    let live = true;
    loadEngine().then(
      (engine) => live && setState({ engine }),
      (error: unknown) => live && setState({ error }),
    );
    return () => {
      live = false;
    };
  }, []);
  if (state.error !== undefined) throw state.error;
  return state.engine;
}
