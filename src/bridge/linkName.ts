/**
 * The early worker's name carries the link it starts on (`link:#v=1&…`): boot.ts names it, workers/model.worker.ts
 * reads it. A module of its own, so that neither side pulls in the other's code.
 */
export const LINK_NAME_PREFIX = 'link:';
