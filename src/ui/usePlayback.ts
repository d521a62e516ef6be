import { useEffect, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { NumberField } from '../state/schema';
import { setState, useExplorer } from '../state/useExplorer';
import { playPosition, playTimeAt } from './playback';
import { roundDragged } from './sliderSteps';

/**
 * Plays a slider while the link says so (play = its key): every animation frame its value moves along the
 * sweep, so the curves follow as during a drag (draft tables while moving, full ones when stopped).
 * `toPosition`/`fromPosition` are the slider's own mapping, so a log slider is swept evenly in log.
 */
export function usePlayback(
  field: NumberField,
  top: number,
  value: number,
  onChange: (v: number) => void,
  mapping: { toPosition: (v: number) => number; fromPosition: (p: number) => number; positions: number },
): void {
  const { play, playMode, playSeconds } = useExplorer(useShallow((s) => ({ play: s.play, playMode: s.playMode, playSeconds: s.playSeconds })));
  const playing = play === field.key;
  // The latest value and callbacks, read by the frame loop without restarting it.
  const latest = useRef({ value, onChange, mapping, top });
  latest.current = { value, onChange, mapping, top };
  useEffect(() => {
    if (!playing) return;
    const { mapping: m, value: v0 } = latest.current;
    const t0 = performance.now() - playTimeAt(m.toPosition(v0), playSeconds, m.positions);
    let frame = requestAnimationFrame(function step(now) {
      const { mapping: mm, onChange: set, value: cur } = latest.current;
      const next = roundDragged(field, mm.fromPosition(playPosition(now - t0, playSeconds, playMode, mm.positions)), latest.current.top);
      if (next !== cur) set(next);
      frame = requestAnimationFrame(step);
    });
    return () => cancelAnimationFrame(frame);
  }, [playing, playMode, playSeconds, field]);
}

/** Starts or stops playing a slider (one at a time). */
export function togglePlay(key: string, playing: boolean): void {
  setState({ play: playing ? 'none' : key });
}
