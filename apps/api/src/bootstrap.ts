import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import cookieParser from 'cookie-parser';
import express from 'express';
import helmet from 'helmet';
import { AuthService, type CoreOptions } from '@gremium/council';
import type { AppConfig } from '@gremium/platform';
import { AppModule } from './app.module';
import { operatorAccess } from './auth/operator-access';
import { bodyErrors } from './common/body-errors';
import { nestingGuard } from './common/nesting-guard';
import { serveDashboard } from './dashboard/serve-dashboard';
import { textGuard } from './common/text-guard';
import { HttpExceptionFilter } from './common/http-exception.filter';
import { oparlCors } from './oparl/oparl-cors';
import { OPARL_PREFIX } from './oparl/oparl-urls';
import { PUBLIC_PAGE } from './public-page/public-page.controller';
import { createValidationPipe } from './common/validation.pipe';

export const BODY_LIMIT = '256kb';

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
  app.use(`/${OPARL_PREFIX}`, oparlCors);
  app.use(
    ['/api/metrics', '/api/docs', '/api/docs-json'],
    operatorAccess(app.get(AuthService), config.metricsToken),
  );
  // The open council data lives beside the API: OParl's URLs and the public page are addresses citizens keep.
  app.setGlobalPrefix('api', {
    exclude: [`${OPARL_PREFIX}`, `${OPARL_PREFIX}/{*path}`, PUBLIC_PAGE, `${PUBLIC_PAGE}/{*path}`],
  });
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
