import type { ReactNode } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { ProjectorSpec } from '../models/contract';
import { modelById } from '../models/registry';
import { fieldOf, type NumberField } from '../state/schema';
import { explorerStore, setState, useExplorer } from '../state/useExplorer';
import { ParamControl } from '../ui/ParamControl';
import { ProjectorInk } from '../ui/projector';
import { ModelView } from './ModelView';
import { paneAt, paneIndex, panesOf, paneStep, shownSliders, toggleSlider } from './projectorState';

/**
 * Projector mode: one panel fills the screen (the plot follows the window), text scales with the viewport
 * (projector.css), colours have at least 3:1 contrast on the light or dark theme, and a strip under the plot
 * holds the chosen sliders, the panel menu, the theme and the exit. `]` / `[` step through the panels, 1…n pick
 * one, Esc or P leave, H hides the strip.
 */
export function ProjectorApp({ notice }: { notice: ReactNode }) {
  const { model, theme, hideControls } = useExplorer(useShallow((s) => ({ model: s.model, theme: s.theme, hideControls: s.hideControls })));
  const def = modelById(model);
  const i = useExplorer((st) => paneIndex(def.projector, st as unknown as Record<string, unknown>));
  const shownLabel = i < 0 ? 'Second panel' : panesOf(def.projector)[i].label;
  return (
    <div className={`app projector theme-${theme}`} data-testid="projector">
      <ProjectorInk />
      <header>
        <h1 className="visually-hidden">Tokenphase: {def.title}, projector mode</h1>
        <h2 className="visually-hidden" data-testid="projector-shown">
          {shownLabel}
        </h2>
      </header>
      {notice}
      <div id="view" className="projector-stage" tabIndex={-1}>
        <ModelView />
      </div>
      {hideControls ? <ExitButton className="projector-exit projector-exit-corner" /> : <ProjectorBar spec={def.projector} />}
    </div>
  );
}

/** Leaves projector mode: in the strip, or alone in a corner when the strip is hidden. */
function ExitButton({ className }: { className: string }) {
  return (
    <button
      type="button"
      className={className}
      onClick={() => setState({ present: false })}
      title="Leave projector mode (Esc or P)"
      data-testid="projector-exit"
    >
      Exit
    </button>
  );
}

/** The strip under the plot: the shown sliders, then the panel menu, the sliders menu, the theme and the exit. */
function ProjectorBar({ spec }: { spec: ProjectorSpec }) {
  const s = useExplorer(useShallow((st) => ({ show: st.show, theme: st.theme })));
  const keys = shownSliders(spec, s.show);
  return (
    <section className="projector-bar" aria-label="Projector controls" data-testid="projector-bar">
      <div className="projector-sliders">
        {keys.map((k) => (
          <StripSlider key={k} spec={spec} sliderKey={k} />
        ))}
      </div>
      <div className="projector-actions">
        <PaneMenu spec={spec} />
        <details className="projector-menu" data-testid="projector-controls-menu">
          <summary>Controls</summary>
          <fieldset>
            <legend>Sliders shown</legend>
            {spec.sliders.map((x) => (
              <label key={x.key}>
                <input
                  type="checkbox"
                  checked={keys.includes(x.key)}
                  onChange={() => setState({ show: toggleSlider(spec, explorerStore.getState().show, x.key) })}
                  data-testid={`projector-show-${x.key}`}
                />{' '}
                {(fieldOf(x.key as never) as NumberField).label} <span className="param-hint">{x.hint}</span>
              </label>
            ))}
          </fieldset>
        </details>
        <button
          type="button"
          aria-pressed={s.theme === 'dark'}
          onClick={() => setState({ theme: s.theme === 'dark' ? 'light' : 'dark' })}
          title="Dark theme, for a dark hall"
          data-testid="projector-theme"
        >
          Dark
        </button>
        <ExitButton className="projector-exit" />
      </div>
    </section>
  );
}

/** One slider of the strip: the full page's slider (keys, typed value, ▶ play), at the model's range for this view. */
function StripSlider({ spec, sliderKey }: { spec: ProjectorSpec; sliderKey: string }) {
  const value = useExplorer((st) => (st as unknown as Record<string, number>)[sliderKey]);
  const slider = spec.sliders.find((x) => x.key === sliderKey);
  const max = useExplorer((st) => slider?.max?.(st as unknown as Record<string, unknown>));
  const applies = useExplorer((st) => slider?.applies?.(st as unknown as Record<string, unknown>) ?? true);
  const field = fieldOf(sliderKey as never) as NumberField;
  if (!applies) return null;
  return (
    <ParamControl
      field={field}
      value={value}
      max={max}
      hint={slider?.hint ?? ''}
      onChange={(v) => setState({ [sliderKey]: field.integer ? Math.round(v) : v } as never)}
    />
  );
}

/** Which panel fills the screen: the same list `]`, `[` and the digit keys go through. */
function PaneMenu({ spec }: { spec: ProjectorSpec }) {
  const i = useExplorer((st) => paneIndex(spec, st as unknown as Record<string, unknown>));
  return (
    <label className="projector-pane">
      <span className="visually-hidden">Panel shown</span>
      <select
        value={i}
        onChange={(e) => setState(paneAt(spec, Number(e.target.value)) as never)}
        data-testid="projector-pane"
        title="Panel shown (] next, [ previous, 1…9)"
      >
        {i < 0 && <option value={-1}>another panel</option>}
        {panesOf(spec).map((p, k) => (
          <option key={`${p.pane}-${p.tab}`} value={k}>
            {k + 1} · {p.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Keys of projector mode; true when the key was used. */
export function projectorKey(key: string): boolean {
  const st = explorerStore.getState();
  if (!st.present || st.embed !== 'none') return false;
  const spec = modelById(st.model).projector;
  const s = st as unknown as Record<string, unknown>;
  if (key === 'Escape') st.set({ present: false });
  else if (key === ']' || key === '[') st.set(paneStep(spec, s, key === ']' ? 1 : -1) as never);
  else if (/^[1-9]$/.test(key) && Number(key) <= panesOf(spec).length) st.set(paneAt(spec, Number(key) - 1) as never);
  else return false;
  return true;
}
