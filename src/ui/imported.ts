import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { ErrorBarPoint } from './plotInput';

/** One point of a collected sweep file (`tokenphase sweep collect`): the seeds at one setting, summarised. */
export interface SweepPoint {
  request: Record<string, number | string>;
  alpha: number;
  seeds: number[];
  mean: number;
  stderr: number;
}

/** A collected sweep opened in the page. Kept in memory only: the link does not carry it. */
export interface ImportedSweep {
  name: string;
  model: string;
  version: string;
  points: SweepPoint[];
}

/** Reads a collected sweep file, or says in one line why it is not one. */
export function parseSweepFile(text: string, name: string, models: readonly string[]): ImportedSweep {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new Error(`${name} is not JSON; open the file that tokenphase sweep collect writes`);
  }
  const f = raw as Partial<{ format: string; model: string; version: string; points: unknown[] }> | null;
  if (!f || f.format !== 'tokenphase-sweep-results/1') throw new Error(`${name} is not a collected sweep (tokenphase sweep collect --out FILE.json)`);
  if (typeof f.model !== 'string' || !models.includes(f.model)) throw new Error(`${name} is for model ${String(f.model)}, which this page does not have`);
  if (!Array.isArray(f.points)) throw new Error(`${name} has no points`);
  const points: SweepPoint[] = [];
  for (const p of f.points as Array<Partial<SweepPoint> & { mean: number | null; stderr: number | null }>) {
    if (!p || typeof p.request !== 'object' || !Number.isFinite(p.alpha)) throw new Error(`${name} has a malformed point`);
    // A point with no finished seed has no mean (null in the file): it is left out, not drawn at 0.
    if (p.mean === null || !Number.isFinite(p.mean)) continue;
    points.push({
      request: p.request as Record<string, number | string>,
      alpha: p.alpha as number,
      seeds: p.seeds ?? [],
      mean: p.mean,
      stderr: Number.isFinite(p.stderr) ? (p.stderr as number) : 0,
    });
  }
  return { name, model: f.model, version: String(f.version ?? ''), points };
}

interface ImportedState {
  sweeps: ImportedSweep[];
  error: string | null;
}

export const importedStore = createStore<ImportedState>()(() => ({ sweeps: [], error: null }));

/** Adds a sweep (a file of the same name is replaced). */
export function addSweep(s: ImportedSweep): void {
  importedStore.setState((st) => ({ sweeps: [...st.sweeps.filter((x) => x.name !== s.name), s], error: null }));
}

export function removeSweep(name: string): void {
  importedStore.setState((st) => ({ sweeps: st.sweeps.filter((x) => x.name !== name) }));
}

export const useImported = <T>(select: (s: ImportedState) => T): T => useStore(importedStore, select);

const show = (v: number | string) => (typeof v === 'number' ? String(Number(v.toPrecision(6))) : v);

/**
 * The imported points of one model on its plot (mean ± standard error over seeds), and a note for each
 * setting in which they differ from the view (`view`: the parameters the curve is drawn at, by request key).
 */
export function importedPoints(
  sweeps: ImportedSweep[],
  model: string,
  view: Record<string, number | string>,
  toX: (alpha: number) => number,
  labels: Record<string, string>,
) {
  const points: ErrorBarPoint[] = [];
  const notes: string[] = [];
  for (const s of sweeps.filter((x) => x.model === model)) {
    const differ = new Map<string, Set<string>>();
    s.points.forEach((p, i) => {
      for (const [k, v] of Object.entries(view))
        if (k in p.request && p.request[k] !== v) (differ.get(k) ?? differ.set(k, new Set()).get(k)!).add(show(p.request[k]));
      const size = p.request.d ?? p.request.D;
      points.push({
        key: `${s.name}-${i}`,
        x: toX(p.alpha),
        mean: p.mean,
        std: p.stderr,
        label: `${s.name}: α = ${show(p.alpha)}${size !== undefined ? `, size ${size}` : ''}: ${p.mean.toFixed(4)} ± ${p.stderr.toFixed(4)} (standard error over ${p.seeds.length} seeds)`,
        testId: 'sweep-point',
      });
    });
    for (const [k, vals] of differ)
      notes.push(`${s.name}: points run at ${labels[k] ?? k} = ${[...vals].join(', ')}; this view has ${labels[k] ?? k} = ${show(view[k])}.`);
  }
  return { points, notes };
}

/** `importedPoints` for the current sweeps (a few hundred points at most: recomputed on every render). */
export function useImportedPoints(model: string, view: Record<string, number | string>, toX: (alpha: number) => number, labels: Record<string, string>) {
  const sweeps = useImported((s) => s.sweeps);
  return importedPoints(sweeps, model, view, toX, labels);
}
