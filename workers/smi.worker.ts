// Thin comlink wrapper: the sequence multi-index model's state evolution and GAMP run here.
import * as Comlink from 'comlink';
import { smiApi } from '../src/models/smi/api';

Comlink.expose(smiApi);
