import { useEffect, useState } from "react";

/**
 * `compute(input)` once the frame that shows `input` has been painted (a frame, then a task), for
 * what the first screen does not need: the last result until then, `initial` the first time.
 * `compute` must be a stable function (module level), or it runs again on every render.
 */
export function useAfterPaint<I, O>(input: I, compute: (input: I) => O, initial: O): O {
  const [done, setDone] = useState<{ input: I; output: O } | null>(null);
  const current = done !== null && done.input === input;
  useEffect(() => {
    if (current) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setDone({ input, output: compute(input) }), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [input, compute, current]);
  return done ? done.output : initial;
}
