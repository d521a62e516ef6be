// The deep-attention view still imports `interpolate` from here; this file goes once it imports src/numeric/interpolate.
export { interpolate } from '../../../numeric/interpolate';
