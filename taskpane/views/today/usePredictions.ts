import { useEffect, useState } from "react";
import type { Snapshot } from "../../state/services";

/**
 * The snapshot's predicted arrivals once Today is on screen: working them out costs ~40 ms at 20,000
 * lines, so they are computed right after the first paint (not before it) and the cards then show them.
 */
export function usePredictionsAfterPaint(snapshot: Snapshot | null | undefined): Snapshot["predictionOf"] {
  const [ready, setReady] = useState<Snapshot | null>(null);
  useEffect(() => {
    const predictionOf = snapshot?.predictionOf;
    if (!snapshot || !predictionOf) return;
    const timer = setTimeout(() => {
      predictionOf(""); // builds every line's prediction once (the snapshot keeps them)
      setReady(snapshot);
    }, 0);
    return () => clearTimeout(timer);
  }, [snapshot]);
  return snapshot && ready === snapshot ? snapshot.predictionOf : undefined;
}
