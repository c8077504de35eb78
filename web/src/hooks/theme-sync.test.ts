import { describe, expect, it } from 'vitest';
import { themeFromMessage, themeInAddress, themeMessage, withTheme } from './theme-sync';

const parent = { name: 'the embedding page' };

describe('theme sync between the side-by-side page and its frames', () => {
  it('puts the theme in the frame address and reads it back', () => {
    const url = withTheme('http://10.0.0.5:8002/?embed=1', 'dark');
    expect(url).toBe('http://10.0.0.5:8002/?embed=1&theme=dark');
    expect(themeInAddress(new URL(url).search)).toBe('dark');
    expect(themeInAddress('?embed=1&theme=purple')).toBeNull();
    expect(themeInAddress('?embed=1')).toBeNull();
  });

  it('follows the embedding page on the same host, whatever its port', () => {
    const event = { data: themeMessage('light'), origin: 'http://10.0.0.5:8004', source: parent };
    expect(themeFromMessage(event, parent, '10.0.0.5')).toBe('light');
  });

  it('ignores other hosts, other windows and other messages', () => {
    expect(themeFromMessage({ data: themeMessage('dark'), origin: 'http://evil.example:8004', source: parent }, parent, '10.0.0.5')).toBeNull();
    expect(themeFromMessage({ data: themeMessage('dark'), origin: 'http://10.0.0.5:8004', source: {} }, parent, '10.0.0.5')).toBeNull();
    expect(themeFromMessage({ data: { type: 'other', theme: 'dark' }, origin: 'http://10.0.0.5:8004', source: parent }, parent, '10.0.0.5')).toBeNull();
    expect(themeFromMessage({ data: { type: 'workshop:theme', theme: 'red' }, origin: 'http://10.0.0.5:8004', source: parent }, parent, '10.0.0.5')).toBeNull();
    expect(themeFromMessage({ data: null, origin: 'null', source: parent }, parent, '10.0.0.5')).toBeNull();
  });
});
