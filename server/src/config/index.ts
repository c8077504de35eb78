/** Configuration: environment and `.env` → one typed, validated object. */
export { loadConfig, readEnvFile, projectRoot, DEFAULT_OPENAI_MODEL, type LoadConfigOptions } from './load-config';
export { describeConfig } from './describe-config';
export { ENV_VARIABLES } from './env-schema';
export type { WorkshopConfig, ModelConfig, LogLevel, MemoryEngineChoice } from './types';
