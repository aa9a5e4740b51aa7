import type pdfmakeModule from 'pdfmake';

let loaded: Promise<typeof pdfmakeModule> | null = null;

/**
 * pdfmake with the council's fonts (Roboto, shipped with pdfmake) and no file or network access. Loaded on
 * the first PDF: pdfmake with pdfkit and fontkit is megabytes of code a process that never renders one
 * (the worker, most API processes) should not hold.
 */
export function loadPdfmake(): Promise<typeof pdfmakeModule> {
  loaded ??= (async () => {
    const [{ default: pdfmake }, { default: robotoFonts }] = await Promise.all([
      import('pdfmake'),
      import('pdfmake/fonts/Roboto'),
    ]);
    pdfmake.setFonts(robotoFonts);
    // Documents are built from data only: no file or URL is ever read while rendering.
    pdfmake.setLocalAccessPolicy((path) => Object.values(robotoFonts.Roboto).includes(path));
    pdfmake.setUrlAccessPolicy(() => false);
    return pdfmake;
  })();
  return loaded;
}
