/**
 * What projector mode changes inside the views: which panels are drawn, the size a plot is drawn at (the
 * screen's, not the page column's), and the colours (PROJECTOR_INK, applied over the drawn ones by CSS).
 */
import { createContext, useContext, useEffect, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useExplorer } from '../state/useExplorer';
import { rgbText } from './contrast';
import { PROJECTOR_BG, PROJECTOR_INK } from './palette';

/** Which parts of a model's view are drawn: embed and projector mode show one panel; controls and extras only in the full page. */
export function usePanelsShown(): { controls: boolean; main: boolean; side: boolean; extras: boolean } {
  const { embed, present, pane, hideControls } = useExplorer(
    useShallow((s) => ({ embed: s.embed, present: s.present, pane: s.pane, hideControls: s.hideControls })),
  );
  if (embed !== 'none') return { controls: false, main: embed === 'main', side: embed === 'side', extras: false };
  if (present) return { controls: false, main: pane === 'main', side: pane === 'side', extras: false };
  return { controls: !hideControls, main: true, side: true, extras: true };
}

/** In projector mode, the box a figure fills: its height and the type size (CSS px) its text is drawn at. */
export interface PlotFit {
  height: number;
  font: number;
}

const PlotFitContext = createContext<PlotFit | null>(null);
export const PlotFitProvider = PlotFitContext.Provider;

/** The projector box of the figure a plot is drawn in (null outside projector mode: plots size themselves). */
export function usePlotFit(): PlotFit | null {
  return useContext(PlotFitContext);
}

/** Height and font size of an element, kept current (the font follows the viewport through CSS clamp()). */
export function useBoxFit(ref: { current: HTMLElement | null }, on: boolean): PlotFit | null {
  const [fit, setFit] = useState<PlotFit | null>(null);
  useEffect(() => {
    const el = ref.current;
    if (!on || !el) {
      setFit(null);
      return;
    }
    const read = () => {
      const height = Math.floor(el.getBoundingClientRect().height);
      const font = parseFloat(getComputedStyle(el).fontSize) || 16;
      if (height > 0) setFit((f) => (f && f.height === height && f.font === font ? f : { height, font }));
    };
    read();
    const ro = new ResizeObserver(read);
    ro.observe(el);
    return () => ro.disconnect();
  }, [on, ref]);
  return on ? fit : null;
}

/**
 * In projector mode, the height a plot's SVG is laid out at (projector.css lets it take what the box leaves beside a
 * heading or a legend), so its viewBox can match it: text is then drawn at its CSS size. Null until measured.
 */
export function useSvgHeight(ref: { current: SVGSVGElement | null }, fit: PlotFit | null): number | null {
  const [height, setHeight] = useState<number | null>(null);
  const on = fit !== null;
  useEffect(() => {
    const el = ref.current;
    if (!on || !el) {
      setHeight(null);
      return;
    }
    // Only a flex item's height is set by the layout; any other SVG's follows its own viewBox, and reading it back would drift.
    const parent = el.parentElement;
    if (!parent || !getComputedStyle(parent).display.endsWith('flex')) {
      setHeight(null);
      return;
    }
    const ro = new ResizeObserver(() => {
      const h = Math.floor(el.getBoundingClientRect().height);
      if (h > 40) setHeight(h);
    });
    ro.observe(el);
    return () => ro.disconnect();
  }, [on, ref]);
  return on ? height : null;
}

/** Selectors for one drawn colour, in any case and in its three-digit form where it has one. */
function forms(hex: string): string[] {
  const h = hex.toLowerCase();
  const short = /^#(.)\1(.)\2(.)\3$/.test(h) ? [`#${h[1]}${h[3]}${h[5]}`] : [];
  return [h, ...short];
}

/** The stylesheet that redraws the plots' colours for both themes (inline swatches included), generated from PROJECTOR_INK. */
export function projectorInkCss(): string {
  const rules: string[] = [];
  for (const [theme, k] of [
    ['light', 0],
    ['dark', 1],
  ] as const) {
    const root = `.projector.theme-${theme}`;
    for (const [drawn, inks] of Object.entries(PROJECTOR_INK)) {
      const ink = inks[k];
      const f = forms(drawn);
      rules.push(`${f.map((x) => `${root} [stroke="${x}" i]`).join(', ')} { stroke: ${ink}; }`);
      rules.push(`${f.map((x) => `${root} [fill="${x}" i]`).join(', ')} { fill: ${ink}; }`);
      rules.push(`${root} .swatch[style*="${rgbText(drawn)}"] { border-color: ${ink} !important; }`);
    }
  }
  // On the dark theme, the line plots' white (halos, marker fills) is the background and their grid is dim.
  const dark = '.projector.theme-dark .line-plot';
  rules.push(
    `${forms('#ffffff')
      .map((x) => `${dark} [stroke="${x}" i]`)
      .join(', ')} { stroke: ${PROJECTOR_BG.dark}; }`,
  );
  rules.push(
    `${forms('#ffffff')
      .map((x) => `${dark} [fill="${x}" i]`)
      .join(', ')} { fill: ${PROJECTOR_BG.dark}; }`,
  );
  rules.push(`${dark} .grid { stroke: #30353d; }`);
  return rules.join('\n');
}

// The stylesheet depends on nothing but PROJECTOR_INK: built once, on the first projector view.
let inkCss: string | null = null;

/** The generated stylesheet, rendered while projector mode is on. */
export function ProjectorInk() {
  inkCss ??= projectorInkCss();
  return <style data-testid="projector-ink">{inkCss}</style>;
}
