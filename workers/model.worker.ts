// Thin comlink wrapper: runs any registered model's API off the main thread. It names no model: the
// registry says which exist, and each model's API is loaded the first time it is called.
import * as Comlink from 'comlink';
import { exposeModels } from '../src/bridge/endpoint';

Comlink.expose(exposeModels());
