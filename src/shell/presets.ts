// The deep-attention presets still take their type from here; the presets themselves live with each model (src/models/presets.ts lists all).
export type { Preset } from '../ui/preset';
