/**
 * The attention model's GAMP still types its outcome from here, in the spelling it had before the model
 * contract's `Outcome`; this file goes once it uses that type.
 */
export type GampOutcome = 'converged' | 'max-iterations' | 'diverged' | 'cancelled' | 'failed';
