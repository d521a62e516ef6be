/**
 * Link of the two-layer tied-attention model with M = 2 tokens and one direction per layer:
 * A(z) = softmax_row(zzᵀ) + cI, u = A(z₁)z₂, y = softmax_row(uuᵀ).
 * A 2×2 matrix is stored row-major as [a00, a01, a10, a11].
 */

export type Mat2 = [number, number, number, number];
export type Vec2 = [number, number];

/** σ(x) = 1/(1 + e^{−x}), written so neither branch overflows. */
export function sigmoid(x: number): number {
  if (x >= 0) return 1 / (1 + Math.exp(-x));
  const e = Math.exp(x);
  return e / (1 + e);
}

/**
 * Row softmax of zzᵀ for M = 2 needs only the two diagonal entries: s₀ = σ(z₀(z₀ − z₁)),
 * s₁ = σ(z₁(z₁ − z₀)); the off-diagonal ones are 1 − s.
 */
export function attention(z0: number, z1: number, c: number): Mat2 {
  const s0 = sigmoid(z0 * (z0 - z1));
  const s1 = sigmoid(z1 * (z1 - z0));
  return [s0 + c, 1 - s0, 1 - s1, s1 + c];
}

export function matVec(a: Mat2, v: Vec2): Vec2 {
  return [a[0] * v[0] + a[1] * v[1], a[2] * v[0] + a[3] * v[1]];
}

/** u = A(z₁)z₂, the last layer's pre-activation. */
export function preActivation(z1: Vec2, z2: Vec2, c: number): Vec2 {
  return matVec(attention(z1[0], z1[1], c), z2);
}

/** y = softmax_row(uuᵀ), as the full 2×2 row-stochastic matrix. */
export function outputOf(u: Vec2): Mat2 {
  const s0 = sigmoid(u[0] * (u[0] - u[1]));
  const s1 = sigmoid(u[1] * (u[1] - u[0]));
  return [s0, 1 - s0, 1 - s1, s1];
}

/** The full two-layer link y = g(z₁, z₂). */
export function twoLayerOutput(z1: Vec2, z2: Vec2, c: number): Mat2 {
  return outputOf(preActivation(z1, z2, c));
}

/**
 * Inverts y = softmax_row(uuᵀ): with a = log(1/y₀₁ − 1) = u₀(u₀ − u₁) and b = log(1/y₁₀ − 1) = u₁(u₁ − u₀),
 * (u₀ − u₁)² = a + b, so u = ±(a, −b)/√(a + b). Returns the + branch; −u gives the same y.
 * Only y₀₁ and y₁₀ are read because the rows sum to one. Returns null when y is not an output of the link.
 */
export function invertOutput(y: Mat2): Vec2 | null {
  const a = Math.log(1 / y[1] - 1);
  const b = Math.log(1 / y[2] - 1);
  const w = a + b;
  if (!(w > 0) || !Number.isFinite(w)) return w === 0 ? [0, 0] : null;
  const r = Math.sqrt(w);
  return [a / r, -b / r];
}

/**
 * Three layers: the second layer's attention acts on the first layer's output v = A(z₁)z₂, and both act on
 * the third projection, u = A(v)·A(z₁)·z₃ = B z₃. Returns u and B (det B ≥ c²(1 + c)² > 0 for c > 0).
 */
export function threeLayerPre(z1: Vec2, z2: Vec2, z3: Vec2, c: number): { u: Vec2; B: Mat2 } {
  const h1 = attention(z1[0], z1[1], c);
  const v = matVec(h1, z2);
  const h2 = attention(v[0], v[1], c);
  const B: Mat2 = [h2[0] * h1[0] + h2[1] * h1[2], h2[0] * h1[1] + h2[1] * h1[3], h2[2] * h1[0] + h2[3] * h1[2], h2[2] * h1[1] + h2[3] * h1[3]];
  return { u: matVec(B, z3), B };
}

/** The full three-layer link y = g(z₁, z₂, z₃). */
export function threeLayerOutput(z1: Vec2, z2: Vec2, z3: Vec2, c: number): Mat2 {
  return outputOf(threeLayerPre(z1, z2, z3, c).u);
}
