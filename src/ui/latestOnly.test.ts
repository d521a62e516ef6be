import { describe, expect, it } from 'vitest';
import { latestOnly } from './latestOnly';

describe('latestOnly scheduling', () => {
  it('runs the first and the last of a burst, drops the middle, and flags superseded results', async () => {
    const ran: number[] = [];
    const got: Array<[number, boolean]> = [];
    let release: (() => void) | null = null;
    const submit = latestOnly<number, number>(
      (x) =>
        new Promise((resolve) => {
          ran.push(x);
          release = () => resolve(x * 10);
        }),
      (res, _req, superseded) => got.push([res, superseded]),
      () => {},
    );
    submit(1);
    submit(2);
    submit(3);
    submit(4);
    release!();
    await new Promise((r) => setTimeout(r, 0));
    release!();
    await new Promise((r) => setTimeout(r, 0));
    expect(ran).toEqual([1, 4]);
    expect(got).toEqual([
      [10, true],
      [40, false],
    ]);
  });
  it('reports errors and keeps going', async () => {
    const errors: unknown[] = [];
    const results: number[] = [];
    const submit = latestOnly<number, number>(
      async (x) => {
        if (x < 0) throw new Error('negative');
        return x;
      },
      (r) => results.push(r),
      (e) => errors.push(e),
    );
    submit(-1);
    await new Promise((r) => setTimeout(r, 0));
    submit(2);
    await new Promise((r) => setTimeout(r, 0));
    expect(errors).toHaveLength(1);
    expect(results).toEqual([2]);
  });
});
