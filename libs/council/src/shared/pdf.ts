import pdfmake from 'pdfmake';
import robotoFonts from 'pdfmake/fonts/Roboto';

pdfmake.setFonts(robotoFonts);
// Documents are built from data only: no file or URL is ever read while rendering.
pdfmake.setLocalAccessPolicy((path) => Object.values(robotoFonts.Roboto).includes(path));
pdfmake.setUrlAccessPolicy(() => false);

/** pdfmake with the council's fonts (Roboto, shipped with pdfmake) and no file or network access. */
export { pdfmake };
