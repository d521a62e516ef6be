import { useShallow } from 'zustand/react/shallow';
import { setState, useExplorer } from '../state/useExplorer';

const SPEEDS = [4, 8, 15, 30, 60];

/** Under a playing slider: back and forth or round again, and how long one sweep takes (both kept in the link). */
export function PlayControls() {
  const { playMode, playSeconds } = useExplorer(useShallow((s) => ({ playMode: s.playMode, playSeconds: s.playSeconds })));
  const speeds = SPEEDS.includes(playSeconds) ? SPEEDS : [...SPEEDS, playSeconds].sort((a, b) => a - b);
  return (
    <div className="play-controls" data-testid="play-controls">
      <label>
        <select value={playMode} onChange={(e) => setState({ playMode: e.target.value as 'bounce' | 'loop' })} aria-label="Play mode">
          <option value="bounce">back and forth</option>
          <option value="loop">loop</option>
        </select>
      </label>
      <label>
        <select value={playSeconds} onChange={(e) => setState({ playSeconds: Number(e.target.value) })} aria-label="Seconds per sweep">
          {speeds.map((v) => (
            <option key={v} value={v}>
              {v} s per sweep
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
