import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import cookieParser from 'cookie-parser';
import express, { type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import { AuthService, type CoreOptions } from '@gremium/council';
import type { AppConfig } from '@gremium/platform';
import { AppModule } from './app.module';
import { operatorAccess } from './auth/operator-access';
import { bodyErrors } from './common/body-errors';
import { nestingGuard } from './common/nesting-guard';
import { textGuard } from './common/text-guard';
import { HttpExceptionFilter } from './common/http-exception.filter';
import { createValidationPipe } from './common/validation.pipe';

export const BODY_LIMIT = '256kb';

function serveDashboard(app: NestExpressApplication, dir: string): void {
  const root = resolve(dir);
  const index = join(root, 'index.html');
  if (!existsSync(index)) {
    new Logger('Dashboard').warn(`no dashboard build at ${root}: run npm run build`);
    return;
  }
  app.use(express.static(root, { index: false, maxAge: '1h' }));
  app.use((request: Request, response: Response, next: NextFunction) => {
    if (request.method !== 'GET' || request.path.startsWith('/api')) return next();
    response.setHeader('Cache-Control', 'no-cache');
    response.sendFile(index);
  });
}

/** The API application, configured but not listening (main.ts listens; tests use it in-process). */
export async function createApi(
  config: AppConfig,
  options: Omit<CoreOptions, 'intake'> = {},
): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, options), {
    bodyParser: false,
    logger: config.env === 'test' ? ['error', 'warn'] : ['log', 'error', 'warn'],
  });
  app.set('trust proxy', config.trustProxy);
  app.use(express.json({ limit: BODY_LIMIT }), bodyErrors, nestingGuard, textGuard);
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:'],
          scriptSrc: ["'self'"],
        },
      },
    }),
  );
  app.use(cookieParser());
  app.use(
    ['/api/metrics', '/api/docs', '/api/docs-json'],
    operatorAccess(app.get(AuthService), config.metricsToken),
  );
  app.setGlobalPrefix('api');
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new HttpExceptionFilter());
  app.enableShutdownHooks();
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Gremium')
      .setDescription('Workflow engine and dashboard of the Präventionsrat')
      .setVersion('1')
      .addBearerAuth()
      .addCookieAuth('gremium_session')
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
  serveDashboard(app, config.dashboardDir);
  return app;
}
