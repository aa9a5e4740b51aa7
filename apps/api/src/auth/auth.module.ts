import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuthService, OidcLogin } from '@gremium/council';
import { AuthController } from './auth.controller';
import { MeService } from './me.service';
import { OidcController } from './oidc.controller';
import { SessionGuard } from './session.guard';

@Module({
  controllers: [AuthController, OidcController],
  providers: [AuthService, OidcLogin, MeService, { provide: APP_GUARD, useClass: SessionGuard }],
  exports: [AuthService, MeService],
})
export class AuthModule {}
