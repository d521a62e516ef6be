/**
 * The link's `lecture` field, checked without decoding the lecture. The decoder (lecture.ts, with fflate's inflate)
 * is loaded only once a lecture is open, so that a page showing none never loads it: the link codec is part of the
 * page's first chunk and of the worker's entry, both on the path to the first curve. Text that passes this check but
 * does not decode is dropped with a notice by the player (`dropLecture`), as the codec drops what fails here.
 */

/** First character of a link text: its format, so another encoding can follow and old links still read. */
export const LINK_FORMAT = '1';

const BASE64URL = /^[A-Za-z0-9_-]*$/;

export const DAMAGED_LECTURE = 'The lecture in the link is damaged (it may have been cut short when copied); it could not be opened.';

/** Why this link text cannot be a lecture as written, or null where only decoding it can tell. */
export function lectureTextError(text: string): string | null {
  if (text === '') return 'The link names no lecture.';
  if (text[0] !== LINK_FORMAT) return `The lecture in the link is in an unknown format (“${short(text, 12)}”).`;
  if (!BASE64URL.test(text.slice(1))) return DAMAGED_LECTURE;
  return null;
}

/** The link field's reader: keeps text that may be a lecture, and says why other text is not. */
export function readLectureField(raw: string): { value: string; notice?: string } {
  if (raw === '') return { value: '' };
  const error = lectureTextError(raw);
  return error ? { value: '', notice: error } : { value: raw };
}

export function short(s: string, n = 40): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}
