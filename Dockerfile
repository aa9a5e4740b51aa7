# Gremium: api, worker and dashboard in one image (the compose file runs api and worker apart).
FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build && npm prune --omit=dev

FROM node:24-bookworm-slim
ENV NODE_ENV=production
# The V8 flags of scripts/node-heap-flags.json (docs/performance.md, memory and the tail), for the api and the worker.
ENV NODE_OPTIONS="--max-semi-space-size=32 --max-old-space-size=512 --v8-pool-size=1"
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
USER node
EXPOSE 3000
CMD ["sh", "-c", "node dist/apps/cli/main.js migrate && node dist/apps/api/main.js"]
