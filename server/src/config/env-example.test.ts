import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENV_VARIABLES } from './env-schema';
import { loadConfig, projectRoot, readEnvFile } from './load-config';

const examplePath = join(projectRoot(), '.env.example');

describe('.env.example', () => {
  it('lists every variable the configuration reads, each with a comment line above it', () => {
    const lines = readFileSync(examplePath, 'utf8').split('\n');
    const listed = lines.filter((l) => /^[A-Z_]+=/.test(l)).map((l) => l.split('=')[0]);
    expect([...listed].sort()).toEqual([...ENV_VARIABLES].sort());
    for (const name of listed) {
      const at = lines.findIndex((l) => l.startsWith(`${name}=`));
      expect(lines[at - 1], `${name} needs a comment line`).toMatch(/^# \S/);
    }
  });

  it('copied as it is, gives the offline default setup', () => {
    const config = loadConfig({}, { envFile: examplePath });
    expect(config.model.provider).toBe('offline');
    expect(Object.values(readEnvFile(examplePath)).every((v) => v === '')).toBe(true);
  });
});
