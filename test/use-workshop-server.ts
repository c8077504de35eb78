/** One workshop server per test file, started and stopped by the file's hooks. */
import { afterAll, beforeAll } from 'vitest';
import { startWorkshopServer, type WorkshopServer, type WorkshopServerOptions } from './workshop-server';

/**
 * The workshop of a test file: started before its tests (`options` may be a function, read then,
 * e.g. to use a Redis the file starts first) and stopped after them. The returned object stands
 * for the running server, so tests write `server.url('preferences')` as with `startWorkshopServer`.
 */
export function useWorkshopServer(options: WorkshopServerOptions | (() => WorkshopServerOptions)): WorkshopServer {
  let started: WorkshopServer | undefined;
  beforeAll(async () => {
    started = await startWorkshopServer(typeof options === 'function' ? options() : options);
  }, 60_000);
  afterAll(async () => {
    await started?.stop();
  });
  return new Proxy({} as WorkshopServer, {
    get(_target, property) {
      if (!started) throw new Error(`the workshop server is not started yet (read server.${String(property)} inside a test or hook)`);
      const value = started[property as keyof WorkshopServer];
      return typeof value === 'function' ? value.bind(started) : value;
    },
  });
}
