/**
 * Invisible characters that reorder the text around them: the embeddings and overrides U+202A–U+202E and
 * the isolates U+2066–U+2069. U+202E pasted into a meeting point shows "口门北馆技科" for 科技馆北门口; one
 * left open reorders everything after it on the line. The marks U+200E/U+200F stay: Uyghur and Kazakh
 * text uses them to place punctuation and do nothing else.
 */
export const BIDI_OVERRIDE = /[\u202A-\u202E]/
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g

/** Text from a file someone else wrote, without the characters that could reorder it on screen. */
export const withoutBidiControls = (text: string) => text.replace(BIDI_CONTROLS, '')
