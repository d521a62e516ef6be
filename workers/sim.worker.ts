// Thin comlink wrapper: simulations run here; the page cancels a run by terminating this worker.
import * as Comlink from 'comlink';
import { simApi } from '../src/models/simApi';

Comlink.expose(simApi);
