import { useMemo } from 'react';
import { PRESETS } from '../models/presets';
import { hashOf, pickState } from '../state/store';
import { decodeState } from '../state/urlCodec';
import { useExplorer } from '../state/useExplorer';

/** Each preset's view as the page writes it back, so a view can be told to be a preset's (computed once). */
let presetHashes: Map<string, string> | null = null;
const hashesOf = () => (presetHashes ??= new Map(PRESETS.map((p) => [hashOf(decodeState(p.hash).state), p.caption])));

/** Under the top bar while the view is exactly a preset's: one sentence on what to look at. */
export function PresetCaption() {
  const hash = useExplorer((s) => hashOf(pickState(s)));
  const caption = useMemo(() => hashesOf().get(hash) ?? null, [hash]);
  if (!caption) return null;
  return (
    <p className="preset-caption" role="note" data-testid="preset-caption">
      <strong>What to look at:</strong> {caption}
    </p>
  );
}
