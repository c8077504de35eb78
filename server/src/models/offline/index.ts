/** The built-in offline chat model. */
export { OfflineChatModel, type OfflineChatModelOptions, type OfflineResponse } from './offline-chat-model';
export { wordChunks } from './stream-text';
