import { keptFromEarlier } from '../bridge/bridge';
import { fromSeed } from '../bridge/seeds';

/**
 * How a status badge names the time of an answer: the build's (precomputed), an earlier call's (kept by the client
 * and drawn again at once), or this one's.
 */
export function answerTime(answer: { millis: number }): string {
  if (fromSeed(answer)) return 'precomputed';
  const ms = `${answer.millis.toFixed(0)} ms`;
  return keptFromEarlier(answer) ? `kept from earlier (${ms})` : ms;
}
