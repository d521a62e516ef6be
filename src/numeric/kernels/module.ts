import { KERNELS_WASM_BASE64 } from './kernels.generated';

/**
 * Loads the WebAssembly kernels the same way in a page, a worker and Node: the bytes are a module constant,
 * compiled once and synchronously on first use (the module is a few kilobytes), then instantiated once per
 * memory. Under a Content-Security-Policy this needs `'wasm-unsafe-eval'` in script-src and nothing else:
 * no inline script, no eval, no fetched asset. Where WebAssembly or its 128-bit SIMD is missing, or the
 * module fails to compile, the kernels' callers use their plain JavaScript versions.
 */

/** What the compiled module exports (pointers are byte offsets into the instance's memory). */
export interface KernelExports {
  dotTiles(x: number, tiles: number, m4: number, v: number, dots: number): void;
  accumulateTiles(x: number, tiles: number, m4: number, w: number, acc: number, acc32: number): void;
  fusedTiles(x: number, tiles: number, m4: number, v: number, a: number, b: number, dots: number, w: number, acc: number, acc32: number): void;
  svd(at: number, m: number, n: number, s: number, e: number, work: number, U: number, V: number): number;
  weightedOuter(X: number, rows: number, Y: number, cols: number, f: number, count: number, out: number): void;
  productNT(A: number, B: number, rows: number, cols: number, k: number, c: number, S: number): void;
  gradNT(G: number, A: number, B: number, rows: number, cols: number, k: number, c: number, gA: number, gB: number): void;
  pairForms(x: number, samples: number, T: number, d2: number, M: number, P: number, out: number): void;
  pairAccumulate(x: number, samples: number, T: number, d2: number, G: number, Y: number, acc: number): void;
}

/** The part of the WebAssembly API used here (the numerical layer is typed without the DOM library). */
interface WasmMemory {
  readonly buffer: ArrayBuffer;
}
interface WasmApi {
  validate(bytes: Uint8Array): boolean;
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: unknown };
  Memory: new (d: { initial: number; maximum: number }) => WasmMemory;
}

export type KernelBackend = 'wasm' | 'js';

const PAGE = 65536;
/** A 32-bit WebAssembly memory holds at most 65536 pages (4 GiB). */
const MAX_PAGES = 65536;

let forced: KernelBackend | null = null;
let compiled: object | null | undefined;

/** Chooses the kernels for runs started from now on ('auto': WebAssembly where it works). For tests and benchmarks. */
export function setKernelBackend(b: KernelBackend | 'auto'): void {
  forced = b === 'auto' ? null : b;
}

function api(): WasmApi | null {
  const wa = (globalThis as { WebAssembly?: WasmApi }).WebAssembly;
  return wa && typeof wa.Module === 'function' ? wa : null;
}

/** The standard base64 alphabet, decoded by hand: `atob` is not part of the language the numerical layer is typed against. */
function decodeBase64(s: string): Uint8Array {
  const code = new Uint8Array(128);
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  for (let i = 0; i < 64; i++) code[alphabet.charCodeAt(i)] = i;
  const len = s.length - (s.endsWith('==') ? 2 : s.endsWith('=') ? 1 : 0);
  const out = new Uint8Array(Math.floor((len * 3) / 4));
  let bits = 0;
  let nbits = 0;
  let o = 0;
  for (let i = 0; i < len; i++) {
    bits = (bits << 6) | code[s.charCodeAt(i)];
    nbits += 6;
    if (nbits >= 8) {
      nbits -= 8;
      out[o++] = (bits >> nbits) & 255;
    }
  }
  return out;
}

function wasmModule(): object | null {
  if (compiled === undefined) {
    compiled = null;
    const wa = api();
    try {
      const bytes = decodeBase64(KERNELS_WASM_BASE64);
      // validate() is false where 128-bit SIMD is not supported.
      if (wa && wa.validate(bytes)) {
        compiled = new wa.Module(bytes);
        warmUp(wa, compiled);
      }
    } catch {
      compiled = null;
    }
  }
  return compiled;
}

/**
 * A fresh module runs in baseline code until each function has run long enough to be optimised, which
 * then happens in the background. A few small calls of every kernel (well under a millisecond) use up that
 * allowance at once, so the optimised code is ready by the time a run has drawn its data and starts.
 */
function warmUp(wa: WasmApi, mod: object): void {
  const memory = new wa.Memory({ initial: 4, maximum: 4 });
  const ex = new wa.Instance(mod, { env: { memory } }).exports as KernelExports;
  const f64 = new Float64Array(memory.buffer);
  for (let i = 0; i < f64.length; i++) f64[i] = Math.sin(0.37 * i) * 1e-3;
  // Tokens: 8 tiles of 4 rows × 1024 entries from byte 64 (128 KiB), then v, b, dots, w, acc, acc32.
  const m4 = 1024;
  const x = 64;
  const v = x + 8 * 4 * m4 * 4;
  const b = v + 4 * m4;
  const dots = b + 256;
  const w = dots + 256;
  const acc = w + 256;
  const acc32 = acc + 8 * m4;
  new Float32Array(memory.buffer, acc32, m4).fill(0);
  for (let r = 0; r < 12; r++) {
    ex.fusedTiles(x, 8, m4, v, 0.5, b, dots, w, acc, acc32);
    ex.dotTiles(x, 8, m4, v, dots);
    ex.accumulateTiles(x, 8, m4, w, acc, acc32);
  }
  // The attention model's passes: 16 samples of two tokens of 64 entries (the token data serve as tokens, M and
  // weights; the forms and the 64×64 sum go past acc32).
  const pairs = acc32 + 4 * m4;
  for (let r = 0; r < 12; r++) {
    ex.pairForms(x, 16, 2, 64, x + 16384, x + 49152, pairs);
    ex.pairAccumulate(x, 16, 2, 64, x + 16384, x + 49152, pairs);
  }
  // A 24×24 decomposition and its reconstruction, in the same memory (the token data serve as the matrix).
  const n = 24;
  const at = x;
  const s = at + 8 * n * n;
  const e = s + 8 * (n + 1);
  const work = e + 8 * (n + 1);
  const U = work + 8 * n;
  const V = U + 8 * n * n;
  const out = V + 8 * n * n;
  for (let r = 0; r < 6; r++) {
    for (let i = 0; i < n * n; i++) f64[at / 8 + i] = Math.sin(0.37 * i + r);
    ex.svd(at, n, n, s, e, work, U, V);
    ex.weightedOuter(U, n, V, n, s, n, out);
  }
}

/** The kernels that new runs use. */
export function kernelBackend(): KernelBackend {
  if (forced) return forced === 'wasm' && !wasmModule() ? 'js' : forced;
  return wasmModule() ? 'wasm' : 'js';
}

/** A fresh instance of the kernels with a memory of its own of at least `bytes` bytes, or null (JavaScript kernels). */
export function instantiateKernels(bytes: number): { exports: KernelExports; buffer: ArrayBuffer } | null {
  if (kernelBackend() !== 'wasm') return null;
  const wa = api()!;
  const pages = Math.max(1, Math.ceil(bytes / PAGE));
  if (pages > MAX_PAGES) return null;
  const memory = new wa.Memory({ initial: pages, maximum: pages });
  const instance = new wa.Instance(wasmModule()!, { env: { memory } });
  return { exports: instance.exports as KernelExports, buffer: memory.buffer };
}

/** Lays out arrays in one memory, 16-byte aligned, from byte 64 on (0 stays a null pointer). */
export class Layout {
  bytes = 64;
  take(count: number, width: 4 | 8): number {
    const at = this.bytes;
    this.bytes = Math.ceil((at + count * width) / 16) * 16;
    return at;
  }
}
