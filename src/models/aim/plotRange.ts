/**
 * Right end of the attention model's error plot in α: alphaMax is read on ᾱ = (T²+T−2)α for softmax and on
 * α for hardmax (T = 2), whose error decays like 1/α with no threshold to frame. Shared by the view's axes
 * and the link check, which must agree on where the cursor can be.
 */
export function aimTop(channel: string, T: number, alphaMax: number): number {
  return channel === 'hardmax' ? alphaMax : alphaMax / (T * T + T - 2);
}
