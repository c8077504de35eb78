# The workshop app in a container: `docker compose up` builds and runs it next to Redis 8.
# Written from the Node image docs; not built here (the build machine has no Docker engine).

# 1. Every dependency, to build the web UI.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json ./
COPY web ./web
COPY server ./server
RUN npm run build

# 2. Only what runs: production dependencies (tsx runs the TypeScript sources directly).
FROM node:20-bookworm-slim AS prod-deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund

# 3. The image: sources, the built UI, no build tools, not root.
FROM node:20-bookworm-slim
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    WORKSHOP_DATA_DIR=/app/.data
WORKDIR /app
COPY --from=prod-deps /app/node_modules ./node_modules
COPY --from=build /app/web/dist ./web/dist
COPY package.json tsconfig.json ./
COPY server ./server
COPY demos ./demos
RUN mkdir -p /app/.data && chown node:node /app/.data
USER node
EXPOSE 8000-8003
HEALTHCHECK --interval=5s --timeout=3s --retries=10 \
  CMD node -e "fetch('http://127.0.0.1:8000/api/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"
CMD ["node", "node_modules/tsx/dist/cli.mjs", "server/src/main.ts"]
