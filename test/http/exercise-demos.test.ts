/** `npm start -- --demo exercise-N`: each exercise is a declared demo the DevUI hosts on its own. */
import { describe, expect, it } from 'vitest';
import { testRedisUrl } from '../redis';
import { startWorkshopServer } from '../workshop-server';
import { Attendee } from './attendee';

describe('the exercises in the DevUI', () => {
  it.each(['exercise-1', 'exercise-2', 'exercise-3'])('--demo %s serves it, with its id in /api/demo and a working turn', async (id) => {
    const server = await startWorkshopServer({ redisUrl: testRedisUrl(), demos: [id] });
    try {
      const me = new Attendee(server.url(0));
      const demo = (await me.get('/api/demo')).body;
      expect(demo.id).toBe(id);
      const res = await me.post('/api/threads/try_it/messages', { text: 'My name is Noor and I live in Leiden.' });
      expect(res.status).toBe(200);
    } finally {
      await server.stop();
    }
  });

  it('a plain start serves the three demos, not the exercises', async () => {
    const server = await startWorkshopServer({ redisUrl: testRedisUrl() });
    try {
      expect(server.workshop?.servers.map((s) => s.demoId)).toEqual(['preferences', 'persistence', 'multi-agent', 'multi-agent']);
    } finally {
      await server.stop();
    }
  });
});
