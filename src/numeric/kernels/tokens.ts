import { instantiateKernels, Layout, type KernelBackend, type KernelExports } from './module';
import { accumulate, dotAll } from './tokensJs';

/**
 * An n×m single-precision token array with the vectors its passes read and write, all in one memory that the
 * WebAssembly kernels address directly (or plain arrays, with the JavaScript kernels). Write the rows once with
 * `setRow`, then per pass write `v` (and `b`, `acc`), call a pass and read `dots`, `w`, `acc`.
 *
 * Tolerance of the WebAssembly passes against the double-precision JavaScript ones on the same single-precision
 * inputs: products are formed in single precision and summed in single precision over at most 128 entries per
 * lane, then in double precision, so a dot product differs by a few times 2⁻²⁴·√m·max|X_μk v_k| and an
 * accumulated entry by a few times 2⁻²⁴·Σ_μ|w_μ X_μk| (the tests allow 1e-5 of those scales).
 */
export interface TokenStore {
  readonly n: number;
  readonly m: number;
  readonly backend: KernelBackend;
  /** Writes token row μ (rounded to single precision). */
  setRow(mu: number, row: ArrayLike<number>): void;
  /** Reads token row μ into `out` (m entries) and returns it. */
  row(mu: number, out?: Float32Array): Float32Array;
  /** The vector the dot products are taken with (m entries). */
  readonly v: Float32Array;
  /** Offsets of the weights of a fused pass (n entries). */
  readonly b: Float64Array;
  /** Dot products ⟨X_μ, v⟩ (n entries), written by `dot` and `fused`. */
  readonly dots: Float64Array;
  /** Weights w_μ (n entries): written by `fused`, read by `accumulate`. */
  readonly w: Float64Array;
  /** Accumulator (m entries), added to by `accumulate` and `fused`. */
  readonly acc: Float64Array;
  /** dots = X v. */
  dot(): void;
  /** acc += Σ_μ w_μ X_μ. */
  accumulate(): void;
  /**
   * dots = X v, w = a·dots + b, acc += Σ_μ w_μ X_μ in one pass over the tokens: each tile of rows is summed
   * into `acc` while it is still in cache.
   */
  fused(a: number): void;
}

const up = (x: number, k: number) => Math.ceil(x / k) * k;

/** Bytes a store of n×m tokens holds, tokens and vectors. */
export function tokenStoreBytes(n: number, m: number): number {
  return 4 * up(n, 4) * up(m, 4) + 16 * up(m, 4) + 24 * up(n, 4) + 256;
}

/** Tiles the kernels sum in single precision before adding the sum to the double-precision one (ACC_FLUSH there). */
const FLUSH_TILES = 8;

/**
 * Tiles of four rows per call into the kernels: about 256 KiB, rounded up to a multiple of the tiles between two
 * flushes of the single-precision sum, since a call ends with a flush: with one tile per call at d = 100 the
 * flushes (the double-precision sum is twice a row's size) moved 1.5 times the tokens' bytes through the cache.
 */
function tilesPerCall(m4: number): number {
  return Math.ceil(Math.max(1, Math.floor(65536 / (4 * m4))) / FLUSH_TILES) * FLUSH_TILES;
}

export function createTokenStore(n: number, m: number): TokenStore {
  const n4 = up(n, 4);
  const m4 = up(m, 4);
  const layout = new Layout();
  const pX = layout.take(n4 * m4, 4);
  const pv = layout.take(m4, 4);
  const pb = layout.take(n4, 8);
  const pd = layout.take(n4, 8);
  const pw = layout.take(n4, 8);
  const pa = layout.take(m4, 8);
  const p32 = layout.take(m4, 4);
  const k = instantiateKernels(layout.bytes);
  if (k) return wasmStore(n, m, k.exports, k.buffer, { pX, pv, pb, pd, pw, pa, p32 });
  return jsStore(n, m);
}

function wasmStore(n: number, m: number, ex: KernelExports, buf: ArrayBuffer, p: Record<'pX' | 'pv' | 'pb' | 'pd' | 'pw' | 'pa' | 'p32', number>): TokenStore {
  const m4 = up(m, 4);
  const tiles = up(n, 4) / 4;
  const X = new Float32Array(buf, p.pX, tiles * 4 * m4);
  const per = tilesPerCall(m4);
  const tileBytes = 16 * m4;
  // Several calls per pass, not one: the engine may start a run in baseline code and switches to optimised
  // code between calls, so the first pass of a run speeds up while it is under way.
  const each = (f: (x: number, count: number, off: number) => void) => {
    for (let t = 0; t < tiles; t += per) f(p.pX + t * tileBytes, Math.min(per, tiles - t), 32 * t);
  };
  const at = (mu: number) => (mu >> 2) * 4 * m4 + (mu & 3) * 4;
  return {
    n,
    m,
    backend: 'wasm',
    setRow: (mu, row) => {
      const o = at(mu);
      for (let k = 0; k < m; k++) X[o + (k >> 2) * 16 + (k & 3)] = row[k];
    },
    row: (mu, out = new Float32Array(m)) => {
      const o = at(mu);
      for (let k = 0; k < m; k++) out[k] = X[o + (k >> 2) * 16 + (k & 3)];
      return out;
    },
    v: new Float32Array(buf, p.pv, m),
    b: new Float64Array(buf, p.pb, n),
    dots: new Float64Array(buf, p.pd, n),
    w: new Float64Array(buf, p.pw, n),
    acc: new Float64Array(buf, p.pa, m),
    dot: () => each((x, count, off) => ex.dotTiles(x, count, m4, p.pv, p.pd + off)),
    accumulate: () => each((x, count, off) => ex.accumulateTiles(x, count, m4, p.pw + off, p.pa, p.p32)),
    fused: (a) => each((x, count, off) => ex.fusedTiles(x, count, m4, p.pv, a, p.pb + off, p.pd + off, p.pw + off, p.pa, p.p32)),
  };
}

function jsStore(n: number, m: number): TokenStore {
  const X = new Float32Array(n * m);
  const v = new Float32Array(m);
  const b = new Float64Array(n);
  const dots = new Float64Array(n);
  const w = new Float64Array(n);
  const acc = new Float64Array(m);
  return {
    n,
    m,
    backend: 'js',
    setRow: (mu, row) => X.set(row, mu * m),
    row: (mu, out = new Float32Array(m)) => {
      out.set(X.subarray(mu * m, (mu + 1) * m));
      return out;
    },
    v,
    b,
    dots,
    w,
    acc,
    dot: () => dotAll(X, n, m, v, dots),
    accumulate: () => accumulate(X, n, m, w, acc),
    fused: (a) => {
      dotAll(X, n, m, v, dots);
      for (let mu = 0; mu < n; mu++) w[mu] = a * dots[mu] + b[mu];
      accumulate(X, n, m, w, acc);
    },
  };
}
