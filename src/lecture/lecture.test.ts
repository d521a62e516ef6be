import { describe, expect, it } from 'vitest';
import { createExplorerStore, hashOf, pickState } from '../state/store';
import { decodeState } from '../state/urlCodec';
import { decodeLecture, encodeLecture, type Lecture, lectureHash, normaliseView, parseLecture, serializeLecture } from './lecture';
import { PRESETS } from '../models/presets';
import { dropLecture, withProjector } from './player';
import { explorerStore } from '../state/useExplorer';
import { SHIPPED_LECTURES } from './shipped';
import aimFile from './shipped/aim.json';
import bsrFile from './shipped/bsr.json';
import smiFile from './shipped/smi.json';

const SAMPLE: Lecture = {
  title: 'Two views',
  steps: [
    { title: 'Noiseless', note: 'Reaches zero at α_PR — “quoted” & <b>', view: '#v=1&model=bsr&alpha=0.3&beta=1&rho=0.5&delta=0' },
    { title: 'Attention', note: '', view: '#v=1&model=aim&channel=hardmax&alpha=0.3&rho=0.5' },
  ],
};

describe('lecture file', () => {
  it('round-trips through JSON and through a link', () => {
    expect(parseLecture(serializeLecture(SAMPLE))).toEqual({ lecture: SAMPLE });
    const link = encodeLecture(SAMPLE);
    expect(link).toMatch(/^1[A-Za-z0-9_-]+$/);
    // Every character is one a URL keeps as is.
    expect(encodeURIComponent(link)).toBe(link);
    expect(decodeLecture(link)).toEqual({ lecture: SAMPLE });
  });

  it('round-trips every length of payload (the base64url tail)', () => {
    for (let n = 0; n < 12; n++) {
      const l = { title: 'x'.repeat(n + 1), steps: [{ title: 'y'.repeat(n + 1), note: 'z'.repeat(n), view: '#v=1' }] };
      expect(decodeLecture(encodeLecture(l))).toEqual({ lecture: l });
    }
  });

  it.each([
    ['not JSON', '{title: 1', /not JSON/],
    ['an array', '[1, 2]', /JSON object/],
    ['no title', '{"steps": []}', /no title/],
    ['no steps', '{"title": "t"}', /no "steps"/],
    ['empty steps', '{"title": "t", "steps": []}', /no steps/],
    ['a step that is a number', '{"title": "t", "steps": [3]}', /Step 1 is not an object/],
    ['a step without a title', '{"title": "t", "steps": [{"view": "#v=1"}]}', /Step 1 has no title/],
    ['a view that is no link', '{"title": "t", "steps": [{"title": "a", "view": "#v=1"}, {"title": "b", "view": "hello"}]}', /Step 2: the view must be/],
    ['a view with spaces', '{"title": "t", "steps": [{"title": "a", "view": "#v=1&a=b c"}]}', /Step 1: the view is not a link/],
    ['a newer version', '{"version": 7, "title": "t", "steps": []}', /version 7/],
    ['another format', '{"format": "slides", "title": "t", "steps": []}', /"format"/],
  ])('a file with %s gives a message, not a crash', (_name, text, message) => {
    const r = parseLecture(text);
    expect(r.lecture).toBeUndefined();
    expect(r.error).toMatch(message);
  });

  it.each([
    ['empty', '', /no lecture/],
    ['an unknown format', 'xABC', /unknown format/],
    ['cut short', encodeLecture(SAMPLE).slice(0, 40), /damaged/],
    ['not base64url', '1%%%%', /damaged/],
    ['deflated non-lecture', encodeLecture(SAMPLE).slice(0, 1) + 'q1Y', /damaged/],
  ])('a link text that is %s gives a message, not a crash', (_name, text, message) => {
    const r = decodeLecture(text);
    expect(r.lecture).toBeUndefined();
    expect(r.error).toMatch(message);
  });

  it('keeps a view as a hash without the lecture keys; a full address is cut to its hash', () => {
    expect(normaliseView('https://example.org/tp/#v=1&model=aim&lecture=1abc&step=3')).toBe('#v=1&model=aim');
    expect(normaliseView('v=1&alpha=0.2')).toBe('#v=1&alpha=0.2');
  });
});

describe('lecture in the explorer link', () => {
  it('opens at a step: the step view, the lecture and the step number, with no notices', () => {
    const hash = lectureHash(SAMPLE, 2);
    const d = decodeState(hash);
    expect(d.notices).toEqual([]);
    expect(d.state.model).toBe('aim');
    expect(d.state.channel).toBe('hardmax');
    expect(d.state.step).toBe(2);
    expect(decodeLecture(d.state.lecture)).toEqual({ lecture: SAMPLE });
    // Written back the same: the address keeps the lecture and step.
    expect(decodeState(hashOf(d.state)).state).toEqual(d.state);
  });

  it('keeps projector mode from step to step: the step view in projector mode, its theme, its own panel', () => {
    const hash = withProjector(`${lectureHash(SAMPLE, 2).replace('&lecture=', '&present=0&theme=light&lecture=')}`, 'dark');
    const d = decodeState(hash);
    expect(d.notices).toEqual([]);
    expect(d.state.present).toBe(true);
    expect(d.state.theme).toBe('dark');
    expect(d.state.channel).toBe('hardmax');
    expect(d.state.step).toBe(2);
    expect(decodeLecture(d.state.lecture)).toEqual({ lecture: SAMPLE });
    expect(decodeState(withProjector(lectureHash(SAMPLE, 1), 'light')).state.theme).toBe('light');
  });

  it.each([
    ['of an unknown format', 'xABC', /lecture: The lecture in the link is in an unknown format/],
    ['with characters outside base64url', '1AB.C', /lecture: The lecture in the link is damaged/],
  ])('a lecture %s is dropped by the link codec with a notice; the view still opens', (_name, text, notice) => {
    const d = decodeState(`#v=1&model=aim&alpha=0.2&lecture=${text}&step=2`);
    expect(d.state.lecture).toBe('');
    expect(d.state.model).toBe('aim');
    expect(d.notices.join(' ')).toMatch(notice);
  });

  it('a lecture that passes the codec but does not decode is dropped by the player with a notice, not as an undo step', () => {
    // The codec checks only the form (the decoder loads with the player): the text reaches the player, which drops it.
    const d = decodeState('#v=1&model=aim&alpha=0.2&lecture=1AAAA&step=2');
    expect(d.state.lecture).toBe('1AAAA');
    expect(d.notices).toEqual([]);
    explorerStore.getState().loadHash('#v=1&model=aim&alpha=0.2&lecture=1AAAA&step=2');
    const past = explorerStore.getState().past.length;
    const r = decodeLecture(explorerStore.getState().lecture);
    expect(r.error).toMatch(/damaged/);
    dropLecture(r.error!);
    const s = explorerStore.getState();
    expect(s.lecture).toBe('');
    expect(s.model).toBe('aim');
    expect(s.notices.join(' ')).toMatch(/lecture: The lecture in the link is damaged/);
    expect(s.past.length).toBe(past);
  });

  it('a plain view link says nothing of lectures', () => {
    const s = createExplorerStore('#v=1&model=bsr&alpha=0.4');
    expect(hashOf(pickState(s.getState()))).not.toMatch(/lecture|step=/);
  });
});

describe('shipped lectures', () => {
  it('one per paper, 6 to 10 steps each, titled by paper', () => {
    expect(SHIPPED_LECTURES.map((s) => s.id)).toEqual(['bsr', 'aim', 'smi']);
    for (const { id, lecture } of SHIPPED_LECTURES) {
      expect(lecture.title.startsWith(`${id.toUpperCase()}: `)).toBe(true);
      expect(lecture.steps.length).toBeGreaterThanOrEqual(6);
      expect(lecture.steps.length).toBeLessThanOrEqual(10);
      for (const s of lecture.steps) expect(s.note.length).toBeGreaterThan(20);
    }
  });

  it.each(SHIPPED_LECTURES.flatMap(({ id, lecture }) => lecture.steps.map((s, i) => [`${id} step ${i + 1}`, id, s.view] as const)))(
    '%s opens its view without notices, in its paper’s model',
    (_name, id, view) => {
      const d = decodeState(view);
      expect(d.notices).toEqual([]);
      expect(d.state.model).toBe(id);
    },
  );

  it('a step that names the preset it shows ("preset" in the file) opens that preset’s view as the preset is now', () => {
    const files = { bsr: bsrFile, aim: aimFile, smi: smiFile } as Record<string, { steps: { preset?: string; view: string }[] }>;
    let named = 0;
    for (const [id, file] of Object.entries(files))
      for (const [i, step] of file.steps.entries()) {
        if (!step.preset) continue;
        named++;
        const preset = PRESETS.find((p) => p.id === step.preset);
        expect(preset, `${id} step ${i + 1}: no preset ${step.preset}`).toBeDefined();
        expect(decodeState(step.view).state, `${id} step ${i + 1} against ${step.preset}`).toEqual(decodeState(preset!.hash).state);
      }
    expect(named).toBeGreaterThanOrEqual(20);
  });

  it('their links stay short enough to paste (measured)', () => {
    const sizes = SHIPPED_LECTURES.map(({ id, lecture }) => {
      const json = JSON.stringify(lecture).length;
      const link = lectureHash(lecture, 1).length;
      return { id, steps: lecture.steps.length, json, lecture: encodeLecture(lecture).length, link };
    });
    console.log(sizes.map((s) => `${s.id}: ${s.steps} steps, JSON ${s.json} chars → lecture text ${s.lecture}, whole link ${s.link}`).join('\n'));
    for (const s of sizes) {
      expect(s.lecture).toBeLessThan(0.75 * s.json);
      expect(s.link).toBeLessThan(2500);
    }
  });
});

describe('the lecture being written', () => {
  it('adds views without the lecture keys, edits, moves within bounds, deletes, and plays with blank titles filled', async () => {
    const { createDraftStore, finishDraft } = await import('./draft');
    const d = createDraftStore({ title: ' ', steps: [] });
    d.getState().add({ title: 'A', note: '', view: '#v=1&model=bsr&lecture=1xyz&step=2' });
    d.getState().add({ title: 'B', note: 'b', view: '#v=1&model=aim' });
    d.getState().add({ title: 'C', note: '', view: '#v=1&model=smi' });
    expect(d.getState().steps[0].view).toBe('#v=1&model=bsr');
    d.getState().move(0, -1);
    d.getState().move(2, 1);
    expect(d.getState().steps.map((s) => s.title)).toEqual(['A', 'B', 'C']);
    d.getState().move(2, -1);
    expect(d.getState().steps.map((s) => s.title)).toEqual(['A', 'C', 'B']);
    d.getState().update(1, { title: '  ' });
    d.getState().remove(0);
    const l = finishDraft(d.getState());
    expect(l).toEqual({
      title: 'Untitled lecture',
      steps: [
        { title: 'Step 1', note: '', view: '#v=1&model=smi' },
        { title: 'B', note: 'b', view: '#v=1&model=aim' },
      ],
    });
    expect(decodeLecture(encodeLecture(l))).toEqual({ lecture: l });
  });
});
