import { describe, expect, it } from 'vitest';
import { MODELS, modelById } from '../models/registry';
import { fieldOf } from '../state/schema';
import { paneAt, paneIndex, panesOf, paneStep, shownSliders, toggleSlider } from './projectorState';

const bsr = modelById('bsr').projector;

describe('projector panels', () => {
  it('lists the main panel, then the side tabs the model names', () => {
    expect(panesOf(bsr).map((p) => p.label)).toEqual(['Error curve', 'Phase diagram', 'Spectrum', 'Landscape', 'Strong recovery']);
  });

  it('steps forward and back round the list with ] and [', () => {
    let s: Record<string, unknown> = { pane: 'main', panel: 'sim' };
    s = { ...s, ...paneStep(bsr, s, 1) };
    expect(s).toMatchObject({ pane: 'side', panel: 'phase' });
    s = { ...s, ...paneStep(bsr, s, 1) };
    expect(s).toMatchObject({ pane: 'side', panel: 'spectrum' });
    s = { ...s, ...paneStep(bsr, s, -1) };
    s = { ...s, ...paneStep(bsr, s, -1) };
    expect(s.pane).toBe('main');
    s = { ...s, ...paneStep(bsr, s, -1) };
    expect(s).toMatchObject({ pane: 'side', panel: 'strong' });
    s = { ...s, ...paneStep(bsr, s, 1) };
    expect(s.pane).toBe('main');
  });

  it('picks panel i (digit keys), and a side tab it does not list (a simulation) steps on to the main panel', () => {
    expect(paneAt(bsr, 2)).toEqual({ pane: 'side', panel: 'spectrum' });
    expect(paneIndex(bsr, { pane: 'side', panel: 'sim' })).toBe(-1);
    expect(paneStep(bsr, { pane: 'side', panel: 'sim' }, 1)).toEqual({ pane: 'main' });
    expect(paneIndex(bsr, { pane: 'main', panel: 'strong' })).toBe(0);
  });

  it('every model names tabs its side field has, and sliders that are number fields', () => {
    for (const m of MODELS) {
      const side = m.fields.find((f) => f.key === m.projector.side.key);
      expect(side?.kind, m.id).toBe('choice');
      for (const [tab] of m.projector.side.tabs) expect(side?.kind === 'choice' && side.choices.includes(tab), `${m.id} ${tab}`).toBe(true);
      for (const x of m.projector.sliders) expect(fieldOf(x.key as never).kind, `${m.id} ${x.key}`).toBe('number');
      for (const k of m.projector.shown) expect(m.projector.sliders.map((x) => x.key)).toContain(k);
    }
  });
});

describe('projector sliders', () => {
  it('shows the model’s default set, the link’s list in the model’s order, or none', () => {
    expect(shownSliders(bsr, '')).toEqual(['alpha', 'beta', 'rho', 'delta']);
    expect(shownSliders(bsr, 'rho,alpha')).toEqual(['alpha', 'rho']);
    expect(shownSliders(bsr, 'none')).toEqual([]);
    // Another model's sliders only: this model's defaults rather than an empty strip.
    expect(shownSliders(bsr, 'skip,layers')).toEqual(['alpha', 'beta', 'rho', 'delta']);
  });

  it('switches one slider on or off, writing the shortest value', () => {
    expect(toggleSlider(bsr, '', 'delta')).toBe('alpha,beta,rho');
    expect(toggleSlider(bsr, 'alpha,beta,rho', 'delta')).toBe('');
    expect(toggleSlider(bsr, '', 'alphaMax')).toBe('alpha,beta,rho,delta,alphaMax');
    expect(toggleSlider(bsr, 'alpha', 'alpha')).toBe('none');
    expect(toggleSlider(bsr, 'none', 'rho')).toBe('rho');
  });
});
