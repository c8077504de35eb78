import { describe, expect, it } from 'vitest';
import { cliArg, indexCommand, keyParts, reachableFromHere, readCommand } from './redis-commands';

describe('redis-cli commands', () => {
  it('reads each key type with its own command', () => {
    expect(readCommand('list', 'chat_messages:personal_assistant:u_1:mine')).toBe('LRANGE chat_messages:personal_assistant:u_1:mine 0 -1');
    expect(readCommand('zset', 'workshop:threads:{chat_messages:a:u_1}')).toBe('ZRANGE workshop:threads:{chat_messages:a:u_1} 0 -1 WITHSCORES');
    expect(readCommand('hash', 'memory_preferences:01J9')).toBe('HGETALL memory_preferences:01J9');
  });

  it('quotes an argument only when redis-cli would split or unescape it', () => {
    expect(cliArg('memory_preferences:abc-1.2')).toBe('memory_preferences:abc-1.2');
    expect(cliArg('has space')).toBe('"has space"');
    expect(cliArg('say "hi"')).toBe('"say \\"hi\\""');
    expect(cliArg('back\\slash')).toBe('"back\\\\slash"');
    expect(cliArg("it's")).toBe('"it\'s"');
  });

  it('asks the index with FT.INFO only when the query engine holds it', () => {
    expect(indexCommand('redisearch', 'idx:memory_preferences')).toBe('FT.INFO idx:memory_preferences');
    expect(indexCommand('fallback', 'idx:memory_preferences')).toBeNull();
  });

  it('cuts a key after each colon, losing nothing', () => {
    const key = 'workshop:threads:{chat_messages:a:u_1}';
    expect(keyParts(key)).toEqual(['workshop:', 'threads:', '{chat_messages:', 'a:', 'u_1}']);
    expect(keyParts(key).join('')).toBe(key);
    expect(keyParts('plain')).toEqual(['plain']);
  });

  it('a Redis on localhost is reachable only from a page opened on the same machine', () => {
    expect(reachableFromHere({ local: true }, 'localhost')).toBe(true);
    expect(reachableFromHere({ local: true }, '127.0.0.1')).toBe(true);
    expect(reachableFromHere({ local: true }, '192.168.1.20')).toBe(false);
    expect(reachableFromHere({ local: false }, '192.168.1.20')).toBe(true);
  });
});
