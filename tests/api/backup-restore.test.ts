import { execFile } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { promisify } from 'util';
import type { UID } from '@strapi/strapi';
import { startApp, type TestApp } from '../helpers/strapi';
import { createTestDatabase } from '../helpers/database';
import { blocks, createDocument, createReferenceData, validBodies } from '../helpers/content';

/*
 * Backup and restore (issue 7, acceptance 4): `strapi export` → a fresh database → `strapi import`
 * with the real CLI keeps every locale version (published and draft), relation, media reference
 * (an uploaded file, in the database and on disk), translation record and private field.
 */

const APP_DIR = path.resolve(__dirname, '..', '..');
const run = promisify(execFile);
const SLOW = 10 * 60_000;

/** The CLI as an operator runs it, against the database the env points at (the test's own). */
const strapiCli = (...args: string[]) =>
  run(process.execPath, [path.join(APP_DIR, 'node_modules', '@strapi', 'strapi', 'bin', 'strapi.js'), ...args], {
    cwd: APP_DIR,
    env: { ...process.env, NODE_ENV: 'development' },
    maxBuffer: 32 * 1024 * 1024,
    timeout: SLOW,
  });

const CHECKED: UID.ContentType[] = [
  'api::news-article.news-article',
  'api::official-directive.official-directive',
  'api::campaign.campaign',
  'api::contest.contest',
  'api::contest-entry.contest-entry',
  'api::comment.comment',
  'api::agency.agency',
  'api::category.category',
  'api::reform-area.reform-area',
  'api::translation-record.translation-record',
  'plugin::upload.file',
];

type Attribute = { type: string; component?: string; relation?: string };
type Row = Record<string, unknown>;

const PRIVATE = {
  authorEmail: 'backup-private@example.com',
  ipHash: 'backup-ip-hash-0f9e8d',
  moderationNote: 'Ghi chú kiểm duyệt riêng',
  idNumberHash: 'backup-id-number-hash-7c6b5a',
};

describe('backup and restore', () => {
  let app: TestApp;
  let exportFile: string;
  let before: Record<string, unknown[]>;
  let uploadedFile: string;

  /** Every row of the checked types in a comparable form: relations as documentIds, media as hashes, no ids or timestamps. */
  async function snapshot(target: TestApp) {
    const { strapi } = target;
    const normalize = (modelUid: string, row: Row): Row => {
      const attributes = (strapi.getModel(modelUid as UID.Schema) as unknown as { attributes: Record<string, Attribute> }).attributes;
      const out: Row = {};
      for (const [name, value] of Object.entries(row)) {
        const attribute = attributes[name];
        if (['id', 'createdAt', 'updatedAt', 'createdBy', 'updatedBy', 'localizations'].includes(name) || !attribute) continue;
        if (name === 'publishedAt') out.published = value !== null;
        else if (attribute.type === 'relation') out[name] = Array.isArray(value) ? value.map((item: Row) => item.documentId).sort() : ((value as Row | null)?.documentId ?? null);
        else if (attribute.type === 'media') out[name] = Array.isArray(value) ? value.map((file: Row) => file.hash).sort() : ((value as Row | null)?.hash ?? null);
        else if (attribute.type === 'component') {
          const component = (item: Row) => normalize(attribute.component as string, item);
          out[name] = Array.isArray(value) ? value.map(component) : value ? component(value as Row) : null;
        } else out[name] = value instanceof Date ? value.toISOString() : value;
      }
      return out;
    };
    /** Populate every relation, media and (nested) component of a model. */
    const populateOf = (modelUid: string, depth = 0): Record<string, unknown> => {
      const attributes = (strapi.getModel(modelUid as UID.Schema) as unknown as { attributes: Record<string, Attribute> }).attributes;
      return Object.fromEntries(
        Object.entries(attributes)
          .filter(([name, attribute]) => ['relation', 'media', 'component'].includes(attribute.type) && !['createdBy', 'updatedBy', 'localizations'].includes(name))
          .map(([name, attribute]) => [name, attribute.type === 'component' && depth < 4 ? { populate: populateOf(attribute.component as string, depth + 1) } : true])
      );
    };
    const result: Record<string, unknown[]> = {};
    for (const uid of CHECKED) {
      const rows = (await strapi.db.query(uid).findMany({ populate: populateOf(uid) as never })) as Row[];
      result[uid] = rows
        .map((row) => normalize(uid, row))
        .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
    }
    return result;
  }

  beforeAll(async () => {
    app = await startApp({ contentLocales: ['vi', 'tyz', 'rad'] });
    const refs = await createReferenceData(app);
    const bodies = validBodies(refs);

    const upload = path.join(os.tmpdir(), `backup-cover-${process.pid}.png`);
    // A 1×1 PNG: a real image for the upload pipeline.
    fs.writeFileSync(upload, Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64'));
    const [file] = await app.strapi.plugin('upload').service('upload').upload({
      data: { fileInfo: { alternativeText: 'Ảnh bìa', caption: 'Ảnh bìa tin' } },
      files: { filepath: upload, originalFilename: 'anh-bia.png', mimetype: 'image/png', size: fs.statSync(upload).size },
    });
    uploadedFile = path.join(APP_DIR, 'public', file.url);

    const directive = await createDocument(app, 'api::official-directive.official-directive', bodies['official-directives']);
    const article = await createDocument(app, 'api::news-article.news-article', {
      ...bodies['news-articles'],
      cover: file.id,
      relatedDirectives: [directive.documentId],
      tags: [{ label: 'CCHC' }],
    });
    const articles = app.strapi.documents('api::news-article.news-article');
    // A published Tày translation, a draft-only Ê Đê one, and an unpublished edit of the source.
    await articles.update({ documentId: article.documentId, locale: 'tyz', data: { title: 'Bài tiếng Tày', body: blocks('Nội dung Tày.') } as never });
    await articles.publish({ documentId: article.documentId, locale: 'tyz' });
    await articles.update({ documentId: article.documentId, locale: 'rad', data: { title: 'Bài tiếng Ê Đê (nháp)', body: blocks('Nháp.') } as never });
    await articles.update({ documentId: article.documentId, locale: 'vi', data: { title: 'Tiêu đề đang sửa (nháp)' } as never });

    await createDocument(app, 'api::campaign.campaign', { ...bodies.campaigns, articles: [article.documentId], basisDirectives: [directive.documentId] });
    const contest = await createDocument(app, 'api::contest.contest', bodies.contests);
    await createDocument(app, 'api::contest-entry.contest-entry', {
      contest: contest.documentId,
      roundName: 'Vòng 1',
      fullName: 'Nguyễn Văn An',
      idNumberHash: PRIVATE.idNumberHash,
      email: 'thi-sinh@example.com',
      answers: { 'Vòng 1': [1] },
      consent: true,
    });
    await createDocument(app, 'api::comment.comment', { ...bodies.comments, targetDocumentId: article.documentId, ...PRIVATE });

    before = await snapshot(app);
    const base = path.join(os.tmpdir(), `cchc-backup-${process.pid}`);
    await strapiCli('export', '--no-encrypt', '--no-compress', '-f', base);
    exportFile = `${base}.tar`;
    await app.stop();

    // A fresh, empty database; the import fills it and the app boots on it.
    const restored = await createTestDatabase();
    fs.rmSync(uploadedFile, { force: true });
    await strapiCli('import', '-f', exportFile, '--force');
    app = await startApp({ contentLocales: ['vi', 'tyz', 'rad'], database: restored });
  }, SLOW);

  afterAll(async () => {
    await app?.stop();
    fs.rmSync(exportFile, { force: true });
    fs.rmSync(uploadedFile, { force: true });
  });

  it('exports the fixtures it is meant to check', () => {
    expect(before['api::news-article.news-article']).toHaveLength(5); // vi draft+published, tyz draft+published, rad draft
    expect(before['api::translation-record.translation-record'].length).toBeGreaterThan(0);
    expect(before['plugin::upload.file']).toHaveLength(1);
  });

  it.each(CHECKED)('restores every %s row with its locales, relations, media and private fields', async (uid) => {
    expect((await snapshot(app))[uid]).toEqual(before[uid]);
  });

  it('restores private field values', async () => {
    const comment = await app.strapi.db.query('api::comment.comment').findOne({ where: { authorEmail: PRIVATE.authorEmail } });
    expect(comment).toMatchObject({ ipHash: PRIVATE.ipHash, moderationNote: PRIVATE.moderationNote });
    expect(await app.strapi.db.query('api::contest-entry.contest-entry').findOne({ where: { idNumberHash: PRIVATE.idNumberHash } })).not.toBeNull();
  });

  it('restores the uploaded file on disk', () => {
    expect(fs.existsSync(uploadedFile)).toBe(true);
  });
});
