/**
 * file-type ships ES-module typings under `exports` only, which this build's `node` module resolution
 * does not read; this is the one function we call, as its own typings declare it.
 */
declare module 'file-type' {
  export interface FileTypeResult {
    readonly ext: string;
    readonly mime: string;
  }
  export function fileTypeFromBuffer(buffer: Uint8Array | ArrayBuffer): Promise<FileTypeResult | undefined>;
}
