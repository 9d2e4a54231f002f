import type { Struct, UID } from '@strapi/strapi';
import { contentFingerprint, translatableContent, translatableFields, translatablePopulate, type GetModel } from '../translatable-content';

const localized = { pluginOptions: { i18n: { localized: true } } };
const shared = { pluginOptions: { i18n: { localized: false } } };

const schemas = {
  'shared.note': { attributes: { date: { type: 'date' }, note: { type: 'text' }, photo: { type: 'media' } } },
  'shared.round': { attributes: { name: { type: 'string' }, notes: { type: 'component', component: 'shared.note', repeatable: true } } },
} as unknown as Record<string, Struct.Schema>;
const getModel: GetModel = (uid: UID.Schema) => schemas[uid];

const article = {
  attributes: {
    title: { type: 'string', ...localized },
    slug: { type: 'uid', targetField: 'title', ...localized },
    body: { type: 'blocks', ...localized },
    audio: { type: 'media', ...localized },
    rounds: { type: 'component', component: 'shared.round', repeatable: true, ...localized },
    category: { type: 'relation', relation: 'manyToOne', target: 'api::category.category', ...localized },
    publishedDate: { type: 'date', ...shared },
    cover: { type: 'media', ...shared },
  },
} as unknown as Struct.Schema;

const stored = {
  id: 7,
  documentId: 'doc',
  title: 'Tin',
  slug: 'tin',
  body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Nội dung' }] }],
  audio: { id: 12, name: 'doc.mp3' },
  rounds: [{ id: 3, name: 'Vòng 1', notes: [{ id: 4, date: '2024-01-01', note: 'Ghi chú', photo: { id: 9 } }] }],
  category: { id: 2, documentId: 'cat' },
  publishedDate: '2024-01-01',
  cover: { id: 5 },
};

describe('translatable content', () => {
  it('is the localized fields except slugs and relations', () => {
    expect(translatableFields(article)).toEqual(['title', 'body', 'audio', 'rounds']);
  });

  it('populates translatable components deeply and their media', () => {
    expect(translatablePopulate(getModel, article)).toEqual({
      audio: true,
      rounds: { populate: { notes: { populate: { photo: true } } } },
    });
  });

  it('copies as write data: no component ids, media as file ids', () => {
    expect(translatableContent(getModel, article, stored)).toEqual({
      title: 'Tin',
      body: stored.body,
      audio: 12,
      rounds: [{ name: 'Vòng 1', notes: [{ date: '2024-01-01', note: 'Ghi chú', photo: 9 }] }],
    });
  });

  it('fingerprints content independently of key order and shared fields', () => {
    const content = translatableContent(getModel, article, stored);
    const reordered = translatableContent(getModel, article, { ...stored, body: [{ children: stored.body[0].children, type: 'paragraph' }], publishedDate: '2025-01-01' });
    expect(contentFingerprint(reordered)).toBe(contentFingerprint(content));
    expect(contentFingerprint({ ...content, title: 'Tin (sửa)' })).not.toBe(contentFingerprint(content));
  });
});
