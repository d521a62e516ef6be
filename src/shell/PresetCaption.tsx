import { useMemo } from 'react';
import { PRESETS } from '../models/presets';
import { hashOf, pickState } from '../state/store';
import { decodeState } from '../state/urlCodec';
import { useExplorer } from '../state/useExplorer';
import { useCurveDrawn } from '../ui/firstCurve';

/** Each preset's view as the page writes it back, so a view can be told to be a preset's (computed once). */
let presetHashes: Map<string, string> | null = null;
const hashesOf = () => (presetHashes ??= new Map(PRESETS.map((p) => [hashOf(decodeState(p.hash).state), p.caption])));

/** Under the top bar while the view is exactly a preset's: one sentence on what to look at. */
export function PresetCaption() {
  const hash = useExplorer((s) => hashOf(pickState(s)));
  // Decoding every preset's link takes main-thread time (about 24 ms of a 0.6 s cold load, profiled) that the first
  // curve should not wait for: the caption follows it.
  const drawn = useCurveDrawn();
  const caption = useMemo(() => (drawn ? (hashesOf().get(hash) ?? null) : null), [hash, drawn]);
  if (!caption) return null;
  return (
    <p className="preset-caption" role="note" data-testid="preset-caption">
      <strong>What to look at:</strong> {caption}
    </p>
  );
}
