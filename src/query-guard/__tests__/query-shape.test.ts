import qs from 'qs';
import { DEFAULT_QUERY_LIMITS } from '../limits';
import { checkQueryShape } from '../query-shape';

/** Parses like the `strapi::query` middleware, so the cases read as the URLs clients send. */
const parse = (query: string) => qs.parse(query, { strictNullHandling: true, arrayLimit: 100, depth: 20 }) as Record<string, unknown>;
const messageFor = (query: string) => {
  try {
    checkQueryShape(parse(query), DEFAULT_QUERY_LIMITS);
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
};
const chain = (length: number) => Array.from({ length }, (_, index) => `r${index}`);

describe('checkQueryShape', () => {
  it.each([
    'populate=*',
    'populate=category,relatedDirectives.issuingAgency',
    'populate[relatedDirectives][populate][issuingAgency]=true&populate[category][fields][0]=name',
    `populate=${chain(5).join('.')}`,
    'populate[zone][on][shared.tag][populate]=*',
    'filters[$or][0][title][$eq]=a&filters[$or][1][category][name][$containsi]=b',
    'filters[title][$eq]',
    'pagination[page]=2&pagination[pageSize]=25',
    'pagination[start]=0&pagination[limit]=-1',
  ])('accepts %s', (query) => {
    expect(messageFor(query)).toBeUndefined();
  });

  it.each([
    [`populate=${chain(6).join('.')}`, /^populate: nests deeper than 5/],
    [`populate[r0][populate][r1][populate][r2][populate][r3][populate][r4][populate]=*`, /^populate: nests deeper than 5/],
    [`populate[r0][r1][r2][r3][r4][r5]=true`, /^populate: nests deeper than 5/],
    [Array.from({ length: 41 }, (_, index) => `populate[${index}]=r${index}`).join('&'), /^populate: asks for more than 40/],
    ['populate[a][filters][$or]=x', /^populate\.a\.filters\.\$or: must be a list/],
    ['filters=x', /^filters: must be an object/],
    ['filters[0]=a', /^filters: must be an object/],
    ['filters[$or]=x', /^filters\.\$or: must be a list/],
    ['filters[$and][0]=x', /^filters\.\$and: must be a list/],
    [`filters${'[$and][0]'.repeat(6)}[title][$eq]=x`, /^filters: nests deeper than 12/],
    [Array.from({ length: 21 }, (_, index) => `filters[$or][${index}][title]=t`).join('&'), /^filters\.\$or: has more than 20/],
    [Array.from({ length: 101 }, (_, index) => `filters[id][$in][${index}]=${index}`).join('&'), /^filters\.id\.\$in: has more than 100/],
    [Array.from({ length: 101 }, (_, index) => `filters[f${index}]=x`).join('&'), /^filters: has more than 100 conditions/],
    ['filters[title][$eq]=a%00b', /^filters\.title\.\$eq: must not contain NUL/],
    ['sort[0]=title%00', /^sort\.0: must not contain NUL/],
    ['pagination[start]=1e20', /^pagination\.start: must be a whole number/],
    ['pagination[page]=0', /^pagination\.page: must be a whole number from 1/],
    ['pagination[pageSize]=99999999999', /^pagination\.pageSize/],
    ['pagination=x', /^pagination: must be an object/],
  ])('refuses %s', (query, message) => {
    expect(messageFor(query)).toMatch(message);
  });
});
