/** The typed configuration every part of the server reads, built once by `loadConfig`. */
import type { EngineChoice } from '../contracts/names';

/** pino's levels; `silent` turns logging off. */
export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

/** `auto` picks RediSearch when the server has the search module, else the plain-Redis engine. */
export type MemoryEngineChoice = EngineChoice;

/** Which chat model answers, derived from the Azure/OpenAI variables that are set. */
export type ModelConfig =
  | {
      /** The built-in deterministic model: no network, no account. Used when nothing else is set. */
      provider: 'offline';
    }
  | {
      /** Azure OpenAI: AZURE_OPENAI_ENDPOINT and AZURE_AI_MODEL_DEPLOYMENT_NAME are set. */
      provider: 'azure';
      /** AZURE_OPENAI_ENDPOINT, e.g. `https://my-resource.openai.azure.com`. */
      endpoint: string;
      /** AZURE_AI_MODEL_DEPLOYMENT_NAME: the chat deployment. */
      deployment: string;
      /** AZURE_OPENAI_API_KEY; unset = Entra ID (`az login`). Secret. */
      apiKey?: string;
      /** AZURE_OPENAI_API_VERSION; unset = the model client's default. */
      apiVersion?: string;
      /** AZURE_OPENAI_EMBEDDING_DEPLOYMENT_NAME; unset = the offline embedder. */
      embeddingDeployment?: string;
    }
  | {
      /** Any OpenAI-compatible endpoint: OPENAI_MODEL or OPENAI_API_KEY is set (and Azure is not). */
      provider: 'openai';
      /** OPENAI_MODEL; default `gpt-4o-mini` when only the key is set. */
      model: string;
      /** OPENAI_API_KEY; local servers (Ollama, LM Studio) need none. Secret. */
      apiKey?: string;
      /** OPENAI_BASE_URL, e.g. `http://localhost:11434/v1`; unset = api.openai.com. */
      baseUrl?: string;
      /** OPENAI_EMBEDDING_MODEL; unset = the offline embedder. */
      embeddingModel?: string;
    };

/** How long and how often a remote model call may take (Azure and OpenAI-compatible alike). */
export interface ModelCallLimits {
  /** MODEL_TIMEOUT_SECONDS as ms: one request, until its answer (or stream) starts. Default 60 s. */
  timeoutMs: number;
  /** MODEL_MAX_RETRIES: retries of a 429 / 5xx / dropped connection, with backoff. Default 3. */
  maxRetries: number;
}

/** One seed node of a Redis Cluster (an entry of REDIS_CLUSTER_NODES). */
export interface ClusterNode {
  host: string;
  port: number;
}

/** Everything the workshop is configured with, checked once at start. */
export interface WorkshopConfig {
  redis: {
    /** REDIS_URL; unset = try redis://127.0.0.1:6379, then start a private redis-server. May hold a password. */
    url?: string;
    /** REDIS_CLUSTER: use the Redis Cluster client; also true when REDIS_CLUSTER_NODES is set. Default `false`. */
    cluster: boolean;
    /**
     * REDIS_CLUSTER_NODES: seed nodes of the cluster, tried after REDIS_URL's host (or alone when
     * REDIS_URL is unset); user, password and TLS still come from REDIS_URL. Default: none.
     */
    clusterNodes?: ClusterNode[];
    /** REDIS_SERVER_BIN: the redis-server to start when no Redis answers. Default: `redis-server` on PATH. */
    serverBin?: string;
  };
  /** WORKSHOP_DATA_DIR as an absolute path (relative values are taken from the project root). Default `<project>/.data`. */
  dataDir: string;
  /** WORKSHOP_PORT_BASE: the demos listen on this port + 0..3. Default `8000`. */
  portBase: number;
  /** HOST: the address the demos bind to; `0.0.0.0` for a room of attendees. Default `127.0.0.1`. */
  host: string;
  /** WORKSHOP_ADMIN_TOKEN: unlocks the facilitator view; unset = one is generated at start. Secret. */
  adminToken?: string;
  /** LOG_LEVEL. Default `info`. */
  logLevel: LogLevel;
  memory: {
    /** MEMORY_ENGINE. Default `auto`. */
    engine: MemoryEngineChoice;
    /** MEMORY_OVERWRITE_INDEX: rebuild a search index whose schema changed instead of reporting it. Default `false`. */
    overwriteIndex: boolean;
    /** MEMORY_CACHE_MB: memory the plain engine's per-scope indexes may use in each process. Default 256. */
    cacheMb: number;
  };
  model: ModelConfig;
  modelCalls: ModelCallLimits;
  turns: {
    /** WORKSHOP_TURNS_PER_MINUTE: messages one attendee may send per minute. Default 30. */
    perMinute: number;
    /** WORKSHOP_TURNS_AT_ONCE: replies one server process runs at once; more wait, then get `busy`. Default 32. */
    atOnce: number;
  };
  /**
   * WORKSHOP_WORKERS (or `--workers`): server processes sharing the demo ports through Node's
   * cluster module; `auto` = one per CPU core. Default 1: one process, no cluster.
   */
  workers: number;
  /** The `.env` file that was read, when there was one. */
  envFile?: string;
}
