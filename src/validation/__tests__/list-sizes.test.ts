import type { Schema } from '@strapi/strapi';
import { assertListSizes } from '../value-types';

type Attributes = Record<string, Schema.Attribute.AnyAttribute>;

const article = {
  tags: { type: 'component', repeatable: true, component: 'shared.tag', max: 30 },
  changeNotes: { type: 'component', repeatable: true, component: 'shared.note' },
  reformAreas: { type: 'relation', relation: 'manyToMany', target: 'api::reform-area.reform-area' },
  attachments: { type: 'media', multiple: true },
  title: { type: 'string' },
} as unknown as Attributes;
const components: Record<string, { attributes: Attributes }> = {
  'shared.tag': { attributes: { label: { type: 'string' } } as unknown as Attributes },
  'shared.note': { attributes: { links: { type: 'relation', relation: 'oneToMany', target: 'api::news-article.news-article' } } as unknown as Attributes },
};
const limits = { componentsPerField: 100, relationsPerField: 100 };
const check = (data: unknown) => () => assertListSizes(data, article, (uid) => components[uid], limits);
const items = (count: number) => Array.from({ length: count }, (_, index) => ({ documentId: `d${index}`, label: `t${index}` }));

describe('list sizes of a write', () => {
  it('accepts lists within their limits and values it does not judge', () => {
    expect(check({ tags: items(30), reformAreas: items(100), attachments: [1, 2], title: ['not', 'a', 'string'] })).not.toThrow();
    expect(check(undefined)).not.toThrow();
  });

  it('refuses a repeatable component past its schema max, naming the field', () => {
    expect(check({ tags: items(20000) })).toThrow('must have at most 30 items');
    expect(check({ tags: items(31) })).toThrow(expect.objectContaining({ details: { errors: [expect.objectContaining({ path: ['tags'], message: 'must have at most 30 items' })] } }));
  });

  it('refuses relation and media lists past the per-field limit, in every relation form', () => {
    expect(check({ reformAreas: items(101) })).toThrow('must have at most 100 items');
    expect(check({ reformAreas: { connect: items(101) } })).toThrow('must have at most 100 items');
    expect(check({ attachments: Array.from({ length: 101 }, (_, index) => index + 1) })).toThrow('must have at most 100 items');
  });

  it('refuses oversized lists inside components', () => {
    expect(check({ changeNotes: [{ links: items(101) }] })).toThrow('must have at most 100 items');
  });
});
