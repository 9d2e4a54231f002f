import type { FilterModel } from '../filter-values';
import { requirePublishedInPopulate, requirePublishedTargets } from '../published-targets';

const models: Record<string, FilterModel> = {
  article: {
    uid: 'article',
    options: { draftAndPublish: true },
    attributes: {
      title: { type: 'string' },
      localizations: { type: 'relation', target: 'article' },
      category: { type: 'relation', target: 'category' },
      directives: { type: 'relation', target: 'directive' },
      tags: { type: 'component', component: 'tag' },
    },
  },
  directive: { uid: 'directive', options: { draftAndPublish: true }, attributes: { title: { type: 'string' }, articles: { type: 'relation', target: 'article' } } },
  category: { uid: 'category', options: { draftAndPublish: false }, attributes: { name: { type: 'string' } } },
  tag: { uid: 'tag', attributes: { label: { type: 'string' }, directive: { type: 'relation', target: 'directive' } } },
};
const rewrite = (filters: Record<string, unknown>) => requirePublishedTargets(filters, models.article, (uid) => models[uid]);
const PUBLISHED = { publishedAt: { $notNull: true } };

describe('requirePublishedTargets', () => {
  it('requires the published version of localizations and relations into draft-and-publish types', () => {
    expect(rewrite({ localizations: { title: { $startsWith: 'B' } } })).toEqual({ localizations: { title: { $startsWith: 'B' }, ...PUBLISHED } });
    expect(rewrite({ directives: { articles: { title: 'x' } } })).toEqual({ directives: { articles: { title: 'x', ...PUBLISHED }, ...PUBLISHED } });
  });

  it('leaves fields and relations into types without drafts alone', () => {
    const filters = { title: 'x', category: { name: 'y' } };
    expect(rewrite(filters)).toEqual(filters);
  });

  it('reaches into logical operators and components', () => {
    expect(rewrite({ $or: [{ localizations: { locale: 'tyz' } }, { tags: { directive: { title: 'z' } } }] })).toEqual({
      $or: [{ localizations: { locale: 'tyz', ...PUBLISHED } }, { tags: { directive: { title: 'z', ...PUBLISHED } } }],
    });
    expect(rewrite({ $not: { localizations: { locale: 'tyz' } } })).toEqual({ $not: { localizations: { locale: 'tyz', ...PUBLISHED } } });
  });

  it('compares a relation given directly by its id', () => {
    expect(rewrite({ localizations: 3 })).toEqual({ localizations: { id: { $eq: 3 }, ...PUBLISHED } });
    expect(rewrite({ localizations: { $null: true } })).toEqual({ localizations: { id: { $null: true }, ...PUBLISHED } });
  });

  it('keeps a client condition on publishedAt beside its own', () => {
    expect(rewrite({ localizations: { publishedAt: { $null: true } } })).toEqual({
      localizations: { $and: [{ publishedAt: { $null: true } }, PUBLISHED] },
    });
  });

  it('rewrites the filters of populated relations at every level', () => {
    const populate = { directives: { fields: ['title'], filters: { articles: { title: 'x' } }, populate: { articles: { filters: { localizations: { locale: 'tyz' } } } } }, category: true };
    expect(requirePublishedInPopulate(populate, models.article, (uid) => models[uid])).toEqual({
      directives: {
        fields: ['title'],
        filters: { articles: { title: 'x', ...PUBLISHED } },
        populate: { articles: { filters: { localizations: { locale: 'tyz', ...PUBLISHED } } } },
      },
      category: true,
    });
  });
});
