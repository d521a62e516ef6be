import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import type { NumberField } from '../state/schema';
import { keyStep, roundDragged } from './sliderSteps';
import { PlayControls } from './PlayControls';
import { togglePlay, usePlayback } from './usePlayback';
import { useExplorer } from '../state/useExplorer';

/** Slider positions: fine enough that a pixel of drag never jumps more than a readable step. */
const POSITIONS = 1000;

interface Props {
  field: NumberField;
  value: number;
  /** Upper end of the slider when it is narrower than the field's range (e.g. α within the plot). */
  max?: number;
  hint: string;
  format?: (v: number) => string;
  onChange: (v: number) => void;
}

/** Value ↔ slider position, logarithmic where the field spans decades (0 kept reachable for Δ). */
export function toPosition(f: NumberField, v: number, max = f.max): number {
  if (f.scale === 'linear') return ((v - f.min) / (max - f.min)) * POSITIONS;
  const lo = logFloor(f);
  if (v <= lo) return 0;
  return (Math.log(v / lo) / Math.log(max / lo)) * POSITIONS;
}

export function fromPosition(f: NumberField, p: number, max = f.max): number {
  const t = Math.min(POSITIONS, Math.max(0, p)) / POSITIONS;
  if (f.scale === 'linear') return f.min + t * (max - f.min);
  const lo = logFloor(f);
  if (f.allowZero && p <= 0) return 0;
  return lo * Math.pow(max / lo, t);
}

function logFloor(f: NumberField): number {
  return f.allowZero ? 1e-4 : f.min;
}

export function ParamControl({ field, value, max, hint, format, onChange }: Props) {
  const id = useId();
  const top = max ?? field.max;
  const [text, setText] = useState(String(value));
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setText(String(value));
    setError(null);
  }, [value]);
  const shown = format ? format(value) : String(value);
  const playing = useExplorer((s) => s.play === field.key);
  usePlayback(field, top, value, onChange, {
    toPosition: (v) => toPosition(field, v, top),
    fromPosition: (p) => fromPosition(field, p, top),
    positions: POSITIONS,
  });
  // Taking the slider in hand stops it playing.
  const stopPlaying = () => playing && togglePlay(field.key, true);
  const commitText = () => {
    const v = Number(text.trim());
    if (text.trim() === '' || !Number.isFinite(v)) return setError(`${field.label} must be a number`);
    if (v < field.min || v > top) return setError(`${field.label} must lie in [${field.min}, ${top}]`);
    setError(null);
    stopPlaying();
    onChange(v);
  };
  // Arrow keys move to the next round value (sliderSteps.ts), Shift finer, PageUp/PageDown coarser, Home/End the ends.
  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    const next = keyStep(field, value, e.key, e.shiftKey, top);
    if (next === null) return;
    e.preventDefault();
    stopPlaying();
    onChange(next);
  };
  return (
    <div className="param">
      <label htmlFor={id} className="param-label">
        <span className="param-symbol">{field.label}</span>
        <span className="param-hint">{hint}</span>
      </label>
      <div className="param-row">
        <input
          id={id}
          type="range"
          min={0}
          max={POSITIONS}
          step={0.1}
          value={toPosition(field, value, top)}
          aria-valuetext={`${field.label} = ${shown}, ${hint}`}
          data-testid={`slider-${field.key}`}
          onKeyDown={onKey}
          onChange={(e) => onChange(roundDragged(field, fromPosition(field, Number(e.target.value), top), top))}
          onPointerDown={stopPlaying}
        />
        <input
          className={error ? 'param-number invalid' : 'param-number'}
          type="text"
          inputMode="decimal"
          aria-label={`${field.label} value`}
          aria-invalid={error ? true : undefined}
          data-testid={`input-${field.key}`}
          value={text}
          onChange={(e) => setText(e.target.value)}
          onBlur={commitText}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commitText();
            if (e.key === 'Escape') {
              setText(String(value));
              setError(null);
            }
          }}
        />
        <button
          type="button"
          className="play-button"
          aria-pressed={playing}
          aria-label={playing ? `Stop playing ${field.label}` : `Play ${field.label}: sweep it over its range`}
          title={playing ? 'Stop' : 'Play: sweep over the range, so the curves move'}
          data-testid={`play-${field.key}`}
          onClick={() => togglePlay(field.key, playing)}
        >
          {playing ? '❚❚' : '▶'}
        </button>
      </div>
      {playing && <PlayControls />}
      {error && (
        <div className="param-error" role="alert">
          {error}
        </div>
      )}
    </div>
  );
}
