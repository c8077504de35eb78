import { describe, expect, it } from 'vitest';
import { MAX_QUERY_TERMS, escapeTagValue, isQueryableTagValue, queryTerms, textQuery } from './escape';

/** Splits an escaped tag value the way the query lexer does: a backslash binds the next ASCII punctuation/space. */
function lexTagValue(escaped: string): { literal: string; bareSyntax: string[] } {
  let literal = '';
  const bareSyntax: string[] = [];
  for (let i = 0; i < escaped.length; i++) {
    const ch = escaped[i];
    if (ch === '\\' && i + 1 < escaped.length && /[!-/:-@[-`{-~ \t\n\v\f\r]/.test(escaped[i + 1])) {
      literal += escaped[++i];
    } else {
      if (/[!-/:-@[-^`{-~ \t\n\v\f\r]/.test(ch)) bareSyntax.push(ch);
      literal += ch;
    }
  }
  return { literal, bareSyntax };
}

describe('escapeTagValue', () => {
  const hostile = ['@user_id:{*}', '} | {', '* | -x', '"quoted"', "it's", '{}', '\\', ')(', '$param', "w'*'", 'a b\tc', 'alice@example.com', 'x=>[KNN 1 @embedding $v]'];

  it.each(hostile)('leaves no query syntax unescaped in %j', (value) => {
    const { literal, bareSyntax } = lexTagValue(escapeTagValue(value));
    expect(bareSyntax).toEqual([]);
    expect(literal).toBe(value);
  });

  it('escapes every ASCII punctuation mark except the underscore, and ASCII whitespace', () => {
    const punctuation = '!"#$%&\'()*+,-./:;<=>?@[\\]^`{|}~';
    expect(escapeTagValue(punctuation)).toBe([...punctuation].map((c) => `\\${c}`).join(''));
    expect(escapeTagValue('user_id')).toBe('user_id');
    expect(escapeTagValue('a b')).toBe('a\\ b');
  });

  it('leaves letters, digits and non-ASCII characters alone (the lexer cannot escape them)', () => {
    expect(escapeTagValue('Zoë42')).toBe('Zoë42');
    expect(escapeTagValue('寿司🍣')).toBe('寿司🍣');
    expect(escapeTagValue('a\u00a0b')).toBe('a\u00a0b');
  });
});

describe('isQueryableTagValue', () => {
  it('accepts ordinary and hostile-looking ids', () => {
    for (const v of ['alice', 'alice@example.com', '@user_id:{*}', '* | -x', '"', '🍣', 'x'.repeat(10_000)]) {
      expect(isQueryableTagValue(v)).toBe(true);
    }
  });

  it('rejects what a tag filter cannot match exactly', () => {
    expect(isQueryableTagValue('')).toBe(false);
    expect(isQueryableTagValue('a,b')).toBe(false);
    expect(isQueryableTagValue(' alice')).toBe(false);
    expect(isQueryableTagValue('alice\n')).toBe(false);
    expect(isQueryableTagValue('a\u0001b')).toBe(false);
  });
});

describe('queryTerms / textQuery', () => {
  it('keeps the meaningful words, lower-cased, without stop words or one-letter tokens', () => {
    expect(queryTerms('Where should I eat SUSHI?')).toEqual(['eat', 'sushi']);
    expect(textQuery('Where should I eat SUSHI?')).toBe('(eat|sushi)');
  });

  it('turns query operators into separators', () => {
    expect(queryTerms('@user_id:{*} | -x')).toEqual(['user_id']);
    expect(queryTerms('"sushi" (ramen) [udon] ~tempura %miso% $soba')).toEqual(['sushi', 'ramen', 'udon', 'tempura', 'miso', 'soba']);
    expect(textQuery('* | - @ ( ) { } [ ] " \' ~ % :')).toBe('');
  });

  it('keeps non-ASCII words whole, as the index does', () => {
    expect(queryTerms('Crème brûlée in Zürich')).toEqual(['crème', 'brûlée', 'zürich']);
    expect(queryTerms('寿司 が 好き')).toEqual(['寿司', '好き']);
  });

  it('returns nothing searchable for empty, stop-word-only or symbol-only input', () => {
    expect(textQuery('')).toBe('');
    expect(textQuery('what is it?')).toBe('');
    expect(textQuery('🍣')).toBe('');
  });

  it('bounds the number and length of terms', () => {
    const many = Array.from({ length: 100 }, (_, i) => `word${i}`).join(' ');
    expect(queryTerms(many)).toHaveLength(MAX_QUERY_TERMS);
    expect(queryTerms(`${'x'.repeat(65)} sushi`)).toEqual(['sushi']);
    expect(queryTerms('a'.repeat(10_000))).toEqual([]);
  });

  it('de-duplicates terms', () => {
    expect(queryTerms('sushi Sushi SUSHI bar')).toEqual(['sushi', 'bar']);
  });

  it('produces only terms made of characters the lexer reads as a plain term', () => {
    const nasty = 'a\\b c$d e@f g{h}i j|k l-m n"o p\'q r*s t~u v%w x:y z=>[KNN] \u0000\u0007ctrl\tsplit';
    for (const term of queryTerms(nasty)) expect(term).toMatch(/^[^!-/:-@[-^`{-~\s\x00-\x1f\x7f]+$/u);
  });
});
