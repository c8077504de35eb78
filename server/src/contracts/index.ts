/**
 * The contracts shared by the server and the web app (imported there as `@protocol`): the
 * WebSocket frames, the HTTP answers, the error codes and the names of engines and models.
 * Nothing here imports server code; only zod.
 */
export * from './error-codes';
export * from './ws';
export * from './http';
export * from './names';
