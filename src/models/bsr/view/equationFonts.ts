/**
 * The faces of KaTeX's fonts that equations.tex's symbols are set in, fetched before the equations are shown
 * (BsrView). A face missing here is fetched when first drawn and moves the text once; the layout test checks the list.
 */
export const EQUATION_FONTS = ['1em KaTeX_Main', 'italic 1em KaTeX_Math', '1em KaTeX_Size1', '1em KaTeX_Size2', '1em KaTeX_Size3', '1em KaTeX_Size4'] as const;
