import { Controller, Get, Inject, NotFoundException, Param, Query, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { contentDisposition, OpenDataService } from '@gremium/council';
import { APP_CONFIG, type AppConfig } from '@gremium/platform';
import { Public } from '../auth/auth.decorators';
import { errorBody } from '../common/error-body';
import { listPage, parseListQuery } from './oparl-list';
import { OparlSerializer, type OparlObject } from './oparl-serializer';
import { BODY_ID, BODY_LISTS, OPARL_PREFIX, OparlUrls } from './oparl-urls';

const OBJECT_SEGMENTS = [
  'organization',
  'person',
  'membership',
  'meeting',
  'agenda-item',
  'paper',
  'consultation',
  'file',
];

function notFound(): never {
  throw new NotFoundException(errorBody(404, 'no such OParl object'));
}

/** OParl 1.1, read-only and without login: the council's open data for council-information systems. */
@ApiExcludeController()
@Public()
@Controller(OPARL_PREFIX)
export class OparlController {
  private readonly urls: OparlUrls;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly openData: OpenDataService,
  ) {
    this.urls = new OparlUrls(config.publicUrl);
  }

  private async serializer(): Promise<OparlSerializer> {
    return new OparlSerializer(this.urls, await this.openData.snapshot());
  }

  @Get()
  async root(): Promise<OparlObject> {
    return (await this.serializer()).system();
  }

  @Get('system')
  async system(): Promise<OparlObject> {
    return (await this.serializer()).system();
  }

  @Get('bodies')
  async bodies(@Query() raw: Record<string, unknown>) {
    const data = await this.openData.snapshot();
    const serializer = new OparlSerializer(this.urls, data);
    return listPage(
      this.urls.bodies(),
      [
        {
          item: { id: BODY_ID, created: data.created, modified: data.modified },
          object: () => serializer.body(),
        },
      ],
      parseListQuery(raw),
      raw,
    );
  }

  @Get('body/:id/:list')
  async bodyList(
    @Param('id') id: string,
    @Param('list') list: string,
    @Query() raw: Record<string, unknown>,
  ) {
    if (id !== BODY_ID || !(list in BODY_LISTS)) notFound();
    const query = parseListQuery(raw);
    const serializer = await this.serializer();
    return listPage(this.urls.list(list as keyof typeof BODY_LISTS), serializer.list(list), query, raw);
  }

  @Get('organization/:id/meetings')
  async organizationMeetings(@Param('id') id: string, @Query() raw: Record<string, unknown>) {
    const query = parseListQuery(raw);
    const data = await this.openData.snapshot();
    if (!data.organizations.some((o) => o.id === id)) notFound();
    const serializer = new OparlSerializer(this.urls, data);
    const entries = serializer
      .list('meetings')
      .filter(({ item }) =>
        data.meetings.some((m) => m.id === item.id && !m.deleted && m.organizationId === id),
      );
    return listPage(this.urls.organizationMeetings(id), entries, query, raw);
  }

  @Get('meeting/:id/location')
  async location(@Param('id') id: string): Promise<OparlObject> {
    const data = await this.openData.snapshot();
    const meeting = data.meetings.find((m) => m.id === id);
    if (!meeting || meeting.deleted) notFound();
    return new OparlSerializer(this.urls, data).location(meeting);
  }

  /** A published document's content (OParl's accessUrl); withheld or detached documents are gone (404). */
  @Get('file/:id/download')
  async download(@Param('id') id: string, @Res() response: Response): Promise<void> {
    const file = await this.openData.fileContent(id);
    if (!file) notFound();
    response.setHeader('Content-Type', file.mediaType);
    response.setHeader('Content-Disposition', contentDisposition(file.name));
    response.setHeader('X-Content-Type-Options', 'nosniff');
    response.setHeader('Content-Security-Policy', "default-src 'none'; sandbox");
    response.send(file.content);
  }

  @Get(':segment/:id')
  async object(@Param('segment') segment: string, @Param('id') id: string): Promise<OparlObject> {
    if (segment !== 'body' && !OBJECT_SEGMENTS.includes(segment)) notFound();
    return (await this.serializer()).find(segment, id) ?? notFound();
  }
}
