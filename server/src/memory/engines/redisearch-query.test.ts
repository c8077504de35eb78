import { describe, expect, it } from 'vitest';
import { textQuery } from '../escape';
import { decodeVector } from '../record-codec';
import { RETURN_FIELDS, deletePageArgs, newestArgs, scopeFilterQuery, textSearchArgs, vectorSearchArgs } from './redisearch-query';
import { scopeFilters } from './scope';

describe('scopeFilterQuery', () => {
  it('turns every scope field into an escaped TAG filter', () => {
    const filters = scopeFilters({ applicationId: 'workshop', agentId: 'agent_work', userId: 'alice@example.com', threadId: 't-1' });
    expect(scopeFilterQuery(filters, undefined)).toBe(
      '@application_id:{workshop} @agent_id:{agent_work} @user_id:{alice\\@example\\.com} @thread_id:{t\\-1}',
    );
  });

  it('keeps injection attempts inside one escaped tag value', () => {
    expect(scopeFilterQuery(scopeFilters({ userId: '@user_id:{*}' }), undefined)).toBe('@user_id:{\\@user_id\\:\\{\\*\\}}');
    expect(scopeFilterQuery(scopeFilters({ userId: '} | {*' }), undefined)).toBe('@user_id:{\\}\\ \\|\\ \\{\\*}');
    expect(scopeFilterQuery(scopeFilters({ userId: '$vec' }), undefined)).toBe('@user_id:{\\$vec}');
  });

  it('adds the kinds as one tag union', () => {
    expect(scopeFilterQuery(scopeFilters({ userId: 'u' }), ['fact', 'tool'])).toBe('@user_id:{u} @kind:{fact | tool}');
  });

  it('answers "nothing can match" for empty or inexpressible values', () => {
    expect(scopeFilterQuery(scopeFilters({ agentId: 'a', userId: '' }), undefined)).toBeUndefined();
    expect(scopeFilterQuery(scopeFilters({ userId: 'a,b' }), undefined)).toBeUndefined();
    expect(scopeFilterQuery(scopeFilters({ userId: 'a\u0000b' }), undefined)).toBeUndefined();
  });
});

describe('FT.SEARCH arguments', () => {
  const filter = '@user_id:{u}';

  it('lists newest first with DIALECT 2, returning every stored field', () => {
    const args = newestArgs('idx', filter, 25);
    expect(args.slice(0, 2)).toEqual(['idx', filter]);
    expect(args).toContain('created_at');
    expect(args.join(' ')).toContain('SORTBY created_at DESC LIMIT 0 25 DIALECT 2');
    expect(RETURN_FIELDS).toEqual(expect.arrayContaining(['content', 'user_id', 'created_at', 'embedding']));
    expect(args[3]).toBe(RETURN_FIELDS.length);
  });

  it('searches text with BM25STD scores inside the scope', () => {
    const args = textSearchArgs('idx', filter, textQuery('where should I eat sushi?'), 10);
    expect(args[1]).toBe('@user_id:{u} @content:(eat|sushi)');
    expect(args.join(' ')).toContain('WITHSCORES SCORER BM25STD RETURN');
    expect(args.join(' ')).toContain('LIMIT 0 10 DIALECT 2');
  });

  it('pre-filters the KNN query by the scope and passes the vector as a parameter', () => {
    const vector = new Float32Array([0.25, -1, 2]);
    const args = vectorSearchArgs('idx', filter, vector, 30);
    expect(args[1]).toBe('(@user_id:{u})=>[KNN 30 @embedding $vec AS vector_score]');
    expect(args.slice(2, 5)).toEqual(['PARAMS', 2, 'vec']);
    expect(decodeVector(args[5] as Buffer)).toEqual(vector);
    expect(args).toContain('vector_score');
    expect(args.slice(-2)).toEqual(['DIALECT', 2]);
  });

  it('pages deletions with the scope fields returned for checking', () => {
    const filters = scopeFilters({ agentId: 'a', userId: 'u' });
    expect(deletePageArgs('idx', filter, filters, 7, 500)).toEqual(['idx', filter, 'RETURN', 2, 'agent_id', 'user_id', 'LIMIT', 7, 500, 'DIALECT', 2]);
  });
});
