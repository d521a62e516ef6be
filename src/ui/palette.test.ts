import { describe, expect, it } from 'vitest';
import { PAPER } from '../models/smi/view/staircasePlot';
import { contrast, hexOf, luminance, rgbText } from './contrast';
import { COLORS, FAMILY_COLORS, LAYER, PROJECTOR_BG, PROJECTOR_INK } from './palette';
import { PIN_COLOR } from './PinBar';
import { projectorInkCss } from './projector';

/** Every colour a plot draws lines, markers or labels in (the axes' grey included). */
const DRAWN = [...Object.values(COLORS), ...FAMILY_COLORS, ...LAYER, PIN_COLOR, PAPER, '#888888'];

describe('contrast (WCAG 2)', () => {
  it('gives the textbook values', () => {
    expect(luminance('#000')).toBe(0);
    expect(luminance('#ffffff')).toBe(1);
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 10);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(contrast('#E69F00', '#ffffff')).toBeCloseTo(2.25, 2);
    expect(contrast('#fff', '#fff')).toBe(1);
  });

  it('reads and writes the browser’s rgb() form', () => {
    expect(rgbText('#0072B2')).toBe('rgb(0, 114, 178)');
    expect(hexOf('rgb(0, 114, 178)')).toBe('#0072b2');
    expect(hexOf('rgba(255, 255, 255, 0.5)')).toBe('#ffffff');
    expect(() => contrast('orange', '#fff')).toThrow(/not a hex colour/);
  });
});

describe('projector palette', () => {
  it('redraws every colour the plots use', () => {
    for (const c of DRAWN) expect(PROJECTOR_INK[c.toUpperCase()], c).toBeDefined();
  });

  it('has at least 3:1 contrast on the light and on the dark background, for every colour', () => {
    const low: string[] = [];
    for (const [drawn, [light, dark]] of Object.entries(PROJECTOR_INK)) {
      if (contrast(light, PROJECTOR_BG.light) < 3) low.push(`${drawn} → ${light} on light: ${contrast(light, PROJECTOR_BG.light).toFixed(2)}`);
      if (contrast(dark, PROJECTOR_BG.dark) < 3) low.push(`${drawn} → ${dark} on dark: ${contrast(dark, PROJECTOR_BG.dark).toFixed(2)}`);
    }
    expect(low).toEqual([]);
  });

  it('is needed: the page palette has colours below 3:1 on white (ridge, α_MNNE) and on the dark background', () => {
    expect(contrast(COLORS.ridge, '#ffffff')).toBeLessThan(3);
    expect(contrast(COLORS.mnne, '#ffffff')).toBeLessThan(3);
    expect(contrast(FAMILY_COLORS[0], PROJECTOR_BG.dark)).toBeLessThan(3);
  });

  it('becomes one rule per colour, attribute and theme, in any letter case', () => {
    const css = projectorInkCss();
    expect(css).toContain('.projector.theme-light [stroke="#e69f00" i] { stroke: #A86800; }');
    expect(css).toContain('.projector.theme-dark [stroke="#888888" i], .projector.theme-dark [stroke="#888" i] { stroke: #8E949C; }');
    expect(css).toContain('.projector.theme-dark .swatch[style*="rgb(0, 114, 178)"] { border-color: #56B4E9 !important; }');
  });
});
