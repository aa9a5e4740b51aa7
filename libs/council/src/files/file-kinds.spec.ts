import {
  sampleDocx,
  sampleExe,
  sampleOdt,
  samplePdf,
  samplePlainZip,
  samplePng,
} from '../../../../test/support/sample-files';
import { cleanFileName, contentDisposition, sniffAllowedType } from './file-kinds';

describe('documents are typed by their content', () => {
  it.each([
    ['PDF', samplePdf(), 'application/pdf'],
    ['ODT (a zip whose first entry names the type)', sampleOdt(), 'application/vnd.oasis.opendocument.text'],
    [
      'DOCX (a zip with word/document.xml)',
      sampleDocx(),
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    ],
    ['PNG', samplePng(), 'image/png'],
  ])('recognises %s', async (_, content, mediaType) => {
    expect(await sniffAllowedType(content)).toBe(mediaType);
  });

  it.each([
    ['an executable', sampleExe()],
    ['HTML', Buffer.from('<!doctype html><html><script>alert(1)</script></html>')],
    ['a plain zip archive', samplePlainZip()],
    ['nothing at all', Buffer.alloc(0)],
  ])('refuses %s', async (_, content) => {
    expect(await sniffAllowedType(content)).toBeNull();
  });

  it('keeps a name without its path and gives it the extension of the type found', () => {
    expect(cleanFileName('../../etc/passwd', 'application/pdf')).toBe('passwd.pdf');
    expect(cleanFileName('C:\\Users\\ks\\Bericht.png', 'application/pdf')).toBe('Bericht.pdf');
    expect(cleanFileName('Foto.JPEG', 'image/jpeg')).toBe('Foto.jpeg');
    expect(cleanFileName('.hidden', 'image/png')).toBe('hidden.png');
    expect(cleanFileName('a\u0000b<>.pdf', 'application/pdf')).toBe('ab__.pdf');
    expect(cleanFileName('', 'application/pdf')).toBe('Dokument.pdf');
  });

  it('words Content-Disposition for umlauts as RFC 6266 asks (ASCII fallback and UTF-8 filename*)', () => {
    expect(contentDisposition('Übersicht "Mobbing" (2026).pdf')).toBe(
      `attachment; filename="Uebersicht _Mobbing_ (2026).pdf"; filename*=UTF-8''%C3%9Cbersicht%20%22Mobbing%22%20%282026%29.pdf`,
    );
  });
});
