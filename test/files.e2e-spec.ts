import { createHash } from 'node:crypto';
import { Client } from 'pg';
import { CouncilFixture, type SteeringCouncil } from './support/council-fixture';
import type { HttpClient } from './support/http-client';
import { sampleDocx, sampleExe, sampleOdt, samplePdf } from './support/sample-files';
import { TestApp } from './support/test-app';

const berlinToday = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date());
const sha256 = (content: Buffer) => createHash('sha256').update(content).digest('hex');
const MB = 1024 * 1024;

/** POST /api/files as a browser sends it: multipart, the document in the field `file`. */
async function upload(client: HttpClient, name: string, content: Buffer, type = 'application/octet-stream') {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(content)], { type }), name);
  const response = await fetch(`${client.baseUrl}/files`, {
    method: 'POST',
    headers: client.token ? { authorization: `Bearer ${client.token}` } : {},
    body: form,
  });
  return { status: response.status, body: await response.json() };
}

async function download(client: HttpClient, id: string) {
  const response = await fetch(`${client.baseUrl}/files/${id}`, {
    headers: { authorization: `Bearer ${client.token}` },
  });
  return {
    status: response.status,
    headers: response.headers,
    content: Buffer.from(await response.arrayBuffer()),
  };
}

describe('documents (api.md files): typed by content, kept in PostgreSQL, read through what they are attached to', () => {
  let app: TestApp;
  let council: CouncilFixture;
  let sg: SteeringCouncil;
  let moderator: HttpClient;
  let outsider: HttpClient;
  let sql: Client;
  let groupMeetingId: string;
  let steeringMeetingId: string;
  const storedCount = async () => (await sql.query('select count(*)::int as n from stored_file')).rows[0].n;

  beforeAll(async () => {
    app = await TestApp.start();
    council = new CouncilFixture(app, await app.login());
    sg = await council.steeringGroup(1);
    moderator = sg.members[1].http;
    const outsiderId = await council.person('Otto Aussen');
    outsider = await council.loginAs(outsiderId, 'otto@praeventionsrat.test');
    sql = new Client({ connectionString: app.db.url });
    await sql.connect();
    groupMeetingId = (
      await council.meeting('working-group', berlinToday(), 'AG-Sitzung', { workingGroupId: sg.groupIds[0] })
    ).id;
    steeringMeetingId = (await council.meeting('steering', berlinToday(), 'SG-Sitzung')).id;
  });
  afterAll(async () => {
    await sql.end();
    await app.close();
  });

  it('stores an upload with size and SHA-256 and returns the same bytes, named for umlauts', async () => {
    const pdf = samplePdf('Uebersicht');
    const uploaded = await upload(council.ks, 'Übersicht Gewaltschutz.pdf', pdf, 'application/pdf');
    expect(uploaded.status).toBe(201);
    expect(uploaded.body).toEqual({
      id: expect.any(String),
      name: 'Übersicht Gewaltschutz.pdf',
      mediaType: 'application/pdf',
      size: pdf.length,
      sha256: sha256(pdf),
    });
    const row = await sql.query(
      'select size, sha256, length(content) as bytes from stored_file where id = $1',
      [uploaded.body.id],
    );
    expect(row.rows[0]).toEqual({ size: pdf.length, sha256: sha256(pdf), bytes: pdf.length });

    const got = await download(council.ks, uploaded.body.id);
    expect(got.status).toBe(200);
    expect(sha256(got.content)).toBe(uploaded.body.sha256);
    expect(got.headers.get('content-type')).toBe('application/pdf');
    expect(got.headers.get('x-content-type-options')).toBe('nosniff');
    expect(got.headers.get('content-disposition')).toBe(
      `attachment; filename="Uebersicht Gewaltschutz.pdf"; filename*=UTF-8''%C3%9Cbersicht%20Gewaltschutz.pdf`,
    );
  });

  it('judges the type by content: a PDF named .png is a PDF, DOCX and ODT are told from plain zips', async () => {
    const renamed = await upload(council.ks, 'scan.png', samplePdf(), 'image/png');
    expect(renamed.status).toBe(201);
    expect(renamed.body).toMatchObject({ name: 'scan.pdf', mediaType: 'application/pdf' });
    const docx = await upload(council.ks, 'Empfehlung.docx', sampleDocx());
    expect(docx.body.mediaType).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    const odt = await upload(council.ks, 'Protokoll.odt', sampleOdt());
    expect(odt.body.mediaType).toBe('application/vnd.oasis.opendocument.text');
  });

  it('refuses an executable or HTML named .pdf with 415 and stores nothing', async () => {
    const before = await storedCount();
    for (const [name, content] of [
      ['Bericht.pdf', sampleExe()],
      ['Seite.pdf', Buffer.from('<!doctype html><html><body onload="alert(1)"></body></html>')],
    ] as const) {
      const refused = await upload(council.ks, name, content, 'application/pdf');
      expect(refused.status).toBe(415);
      expect(refused.body.key).toBe('file.type_not_allowed');
    }
    expect(await storedCount()).toBe(before);
  });

  it('refuses more than 20 MB with 413, by the declared length and while a chunked body streams', async () => {
    const before = await storedCount();
    const big = Buffer.concat([samplePdf(), Buffer.alloc(21 * MB)]);
    const declared = await upload(council.ks, 'gross.pdf', big, 'application/pdf');
    expect(declared.status).toBe(413);
    expect(declared.body).toMatchObject({ key: 'file.too_large', params: { maxMb: '20' } });

    // No Content-Length: the limit holds while the bytes arrive.
    const boundary = 'gremium-test-boundary';
    const chunk = Buffer.alloc(MB);
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(
          Buffer.from(
            `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="gross.pdf"\r\n` +
              'Content-Type: application/pdf\r\n\r\n%PDF-1.4\n',
          ),
        );
        for (let i = 0; i < 21; i++) controller.enqueue(chunk);
        controller.enqueue(Buffer.from(`\r\n--${boundary}--\r\n`));
        controller.close();
      },
    });
    const streamed = await fetch(`${council.ks.baseUrl}/files`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${council.ks.token}`,
        'content-type': `multipart/form-data; boundary=${boundary}`,
      },
      body,
      duplex: 'half',
    } as RequestInit);
    expect(streamed.status).toBe(413);
    expect((await streamed.json()).key).toBe('file.too_large');
    expect(await storedCount()).toBe(before);
  });

  it('keeps an unattached file its uploader’s, and lets readers of the subject read it once attached', async () => {
    expect((await upload(outsider, 'a.pdf', samplePdf())).status).toBe(403);
    expect((await upload(council.ks.withToken(null), 'a.pdf', samplePdf())).status).toBe(401);

    const mine = (await upload(moderator, 'Einladung.pdf', samplePdf())).body;
    expect((await download(moderator, mine.id)).status).toBe(200);
    expect((await download(outsider, mine.id)).status).toBe(404);
    expect((await download(council.ks, mine.id)).status).toBe(404);

    // Someone else's unattached file cannot be attached either (it does not exist for them).
    const others = (await upload(council.ks, 'intern.pdf', samplePdf())).body;
    const stolen = await moderator.post('/attachments', {
      fileId: others.id,
      subjectKind: 'meeting',
      subjectId: groupMeetingId,
    });
    expect(stolen.status).toBe(400);
    expect(stolen.body.details[0]).toMatchObject({ field: 'fileId', key: 'file.unknown' });

    // The moderator organises the group's meeting, not the steering group's.
    const toSteering = await moderator.post('/attachments', {
      fileId: mine.id,
      subjectKind: 'meeting',
      subjectId: steeringMeetingId,
    });
    expect(toSteering.status).toBe(403);
    expect(toSteering.body.key).toBe('attachment.forbidden');
    expect(
      (
        await outsider.post('/attachments', {
          fileId: mine.id,
          subjectKind: 'meeting',
          subjectId: groupMeetingId,
        })
      ).status,
    ).toBe(400);
    expect(
      (
        await moderator.post('/attachments', {
          fileId: mine.id,
          subjectKind: 'bank',
          subjectId: groupMeetingId,
        })
      ).status,
    ).toBe(400);

    const attached = await moderator.post('/attachments', {
      fileId: mine.id,
      subjectKind: 'meeting',
      subjectId: groupMeetingId,
      purpose: 'invitation',
    });
    expect(attached.status).toBe(201);
    expect(attached.body).toMatchObject({
      id: mine.id,
      purpose: 'invitation',
      attachedById: expect.any(String),
    });
    expect((await outsider.get(`/meetings/${groupMeetingId}`)).body.fileIds).toEqual([mine.id]);
    expect((await download(outsider, mine.id)).status).toBe(200);
    const listed = await outsider.get(`/attachments?subjectKind=meeting&subjectId=${groupMeetingId}`);
    expect(listed.body).toEqual([expect.objectContaining({ id: mine.id, name: 'Einladung.pdf' })]);

    expect((await outsider.delete(`/attachments/${attached.body.attachmentId}`)).status).toBe(403);
    expect((await council.ks.delete(`/attachments/${attached.body.attachmentId}`)).status).toBe(204);
    expect((await outsider.get(`/meetings/${groupMeetingId}`)).body.fileIds).toEqual([]);
    expect((await download(outsider, mine.id)).status).toBe(404);
    const record = await sql.query('select detached_at, detached_by_id from file_attachment where id = $1', [
      attached.body.attachmentId,
    ]);
    expect(record.rows[0].detached_at).not.toBeNull();
  });
});
