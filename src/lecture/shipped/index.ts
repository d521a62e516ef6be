/** The lectures that ship with the page, one per paper, offered in the Lecture menu. Each is a lecture file (lecture.ts). */
import { type Lecture, validateLecture } from '../lecture';
import aim from './aim.json';
import bsr from './bsr.json';
import smi from './smi.json';

function ship(id: string, file: unknown): { id: string; lecture: Lecture } {
  const r = validateLecture(file);
  if (r.error !== undefined) throw new Error(`shipped lecture ${id}: ${r.error}`);
  return { id, lecture: r.lecture };
}

export const SHIPPED_LECTURES: readonly { id: string; lecture: Lecture }[] = [ship('bsr', bsr), ship('aim', aim), ship('smi', smi)];
