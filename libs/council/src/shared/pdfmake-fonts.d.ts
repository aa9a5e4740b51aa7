/** The Roboto files pdfmake ships for Node (paths relative to the installed package). */
declare module 'pdfmake/fonts/Roboto' {
  const fonts: { Roboto: { normal: string; bold: string; italics: string; bolditalics: string } };
  export = fonts;
}
