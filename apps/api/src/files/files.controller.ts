import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  HttpException,
  Param,
  Post,
  Query,
  Req,
  Res,
} from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import multer from 'multer';
import { z } from 'zod';
import {
  contentDisposition,
  COUNCIL_ERRORS,
  FileRefusedError,
  FilesService,
  MAX_FILE_BYTES,
  type User,
} from '@gremium/council';
import { CurrentUser } from '../auth/auth.decorators';
import { errorBody } from '../common/error-body';
import { UuidParamPipe } from '../common/uuid-param.pipe';
import { parseBody } from '../common/zod-body';

const MAX_MB = MAX_FILE_BYTES / (1024 * 1024);
/** Room for the multipart envelope around the file (boundaries, part headers, the file name). */
const ENVELOPE_BYTES = 64 * 1024;

/**
 * Multer reads the multipart body into memory and stops at the limit while the bytes arrive: an upload
 * larger than 20 MB is never held whole. Only the one field `file` is accepted.
 */
const upload = multer({
  storage: multer.memoryStorage(),
  // Browsers send the file name as UTF-8 (Müller.pdf), not Latin-1.
  defParamCharset: 'utf8',
  limits: { fileSize: MAX_FILE_BYTES, files: 1, fields: 0, parts: 1, fieldNameSize: 50, headerPairs: 20 },
}).single('file');

const actorOf = (user: User) => ({
  type: 'user' as const,
  userId: user.id,
  personId: user.personId,
  roles: user.roles,
});

const refused = (status: number, key: 'file.too_large' | 'file.type_not_allowed' | 'file.missing') => {
  const params: Record<string, string> = key === 'file.too_large' ? { maxMb: String(MAX_MB) } : {};
  const message = COUNCIL_ERRORS[key].replace('{maxMb}', String(MAX_MB));
  return new HttpException(errorBody(status, message, undefined, key, params), status);
};

function readUpload(request: Request, response: Response): Promise<Express.Multer.File | undefined> {
  return new Promise((resolve, reject) => {
    upload(request, response, (error: unknown) => {
      if (!error) return resolve(request.file);
      if (error instanceof multer.MulterError) {
        if (error.code === 'LIMIT_FILE_SIZE') return reject(refused(413, 'file.too_large'));
        return reject(refused(400, 'file.missing'));
      }
      // A malformed multipart body (busboy's complaint): the client's fault, never a 500.
      reject(refused(400, 'file.missing'));
    });
  });
}

const subjectQuery = z.object({ subjectKind: z.string().min(1).max(50), subjectId: z.uuid() }).strict();

export const attachInput = z
  .object({
    fileId: z.uuid(),
    subjectKind: z.string().min(1).max(50),
    subjectId: z.uuid(),
    purpose: z.string().trim().min(1).max(100).optional(),
  })
  .strict();

/**
 * Documents (api.md `files`): upload, download, and attaching to meetings, recommendations and reports.
 * The rules (who uploads, who reads, who attaches) live in FilesService.
 */
@ApiTags('files')
@Controller()
export class FilesController {
  constructor(private readonly files: FilesService) {}

  @Post('files')
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      properties: { file: { type: 'string', format: 'binary' } },
      required: ['file'],
    },
  })
  async upload(
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
    @CurrentUser() user: User,
  ) {
    const actor = actorOf(user);
    // Refused before a byte of the body is read: who may not upload, and a declared size over the limit.
    await this.files.requireUploadRight(actor);
    if (Number(request.headers['content-length']) > MAX_FILE_BYTES + ENVELOPE_BYTES)
      throw refused(413, 'file.too_large');
    if (!request.is('multipart/form-data')) throw refused(400, 'file.missing');
    const file = await readUpload(request, response);
    if (!file) throw refused(400, 'file.missing');
    try {
      response.status(201);
      return await this.files.store(actor, file.originalname, file.buffer);
    } catch (error) {
      if (error instanceof FileRefusedError)
        throw refused(error.reason === 'too_large' ? 413 : 415, error.key);
      throw error;
    }
  }

  @Get('files/:id')
  async download(
    @Param('id', UuidParamPipe) id: string,
    @CurrentUser() user: User,
    @Res() response: Response,
  ): Promise<void> {
    const file = await this.files.download(actorOf(user), id);
    response.setHeader('Content-Type', file.mediaType);
    response.setHeader('Content-Length', String(file.size));
    response.setHeader('Content-Disposition', contentDisposition(file.name));
    response.setHeader('X-Content-Type-Options', 'nosniff');
    response.setHeader('Content-Security-Policy', "default-src 'none'; sandbox");
    response.setHeader('Cache-Control', 'private, no-store');
    response.setHeader('Digest', `sha-256=${Buffer.from(file.sha256, 'hex').toString('base64')}`);
    response.end(file.content);
  }

  @Get('files/:id/info')
  info(@Param('id', UuidParamPipe) id: string, @CurrentUser() user: User) {
    return this.files.info(actorOf(user), id);
  }

  /** The files attached to one subject: `?subjectKind=meeting&subjectId=…`. */
  @Get('attachments')
  list(@Query('subjectKind') subjectKind: unknown, @Query('subjectId') subjectId: unknown) {
    const query = parseBody(subjectQuery, { subjectKind, subjectId });
    return this.files.attachedTo(query.subjectKind, query.subjectId);
  }

  @Post('attachments')
  @ApiBody({ schema: z.toJSONSchema(attachInput, { io: 'input' }) as object })
  attach(@Body() raw: unknown, @CurrentUser() user: User) {
    const input = parseBody(attachInput, raw);
    return this.files.attach(
      actorOf(user),
      input.fileId,
      input.subjectKind,
      input.subjectId,
      input.purpose ?? null,
    );
  }

  @Delete('attachments/:id')
  @HttpCode(204)
  async detach(@Param('id', UuidParamPipe) id: string, @CurrentUser() user: User): Promise<void> {
    await this.files.detach(actorOf(user), id);
  }
}
