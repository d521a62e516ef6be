// Thin comlink wrapper: the numerical core runs here so the page stays responsive.
import * as Comlink from 'comlink';
import { theoryApi } from '../src/models/theoryApi';

Comlink.expose(theoryApi);
