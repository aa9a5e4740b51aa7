import { spawn } from 'node:child_process';

/**
 * unpdf (PDF.js) loads PDF.js as an ES module, which Jest's CommonJS runtime cannot import: the text is
 * extracted by a Node child process (the same Node that runs the tests) reading the PDF from stdin.
 */
const SCRIPT = `
import { extractText, getDocumentProxy } from 'unpdf';
const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const pdf = await getDocumentProxy(new Uint8Array(Buffer.concat(chunks)));
const { totalPages, text } = await extractText(pdf, { mergePages: true });
process.stdout.write(JSON.stringify({ totalPages, text }));
`;

export function pdfText(pdf: Uint8Array): Promise<{ totalPages: number; text: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', SCRIPT], { cwd: process.cwd() });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(`PDF text extraction failed: ${Buffer.concat(err).toString()}`));
      else resolve(JSON.parse(Buffer.concat(out).toString('utf8')));
    });
    child.stdin.end(Buffer.from(pdf));
  });
}
