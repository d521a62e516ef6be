// Thin comlink wrapper: runs any registered model's API off the main thread. It names no model: the
// registry says which exist, and each model's API is loaded the first time it is called.
import * as Comlink from 'comlink';
import { LINK_NAME_PREFIX } from '../src/bridge/linkName';
import { exposeModels } from '../src/bridge/endpoint';

const endpoint = exposeModels();
// Started by the page's first script with the link as its name: its first job starts now (boot.ts says why).
if (self.name.startsWith(LINK_NAME_PREFIX)) endpoint.primeLink(self.name.slice(LINK_NAME_PREFIX.length));
Comlink.expose(endpoint);
