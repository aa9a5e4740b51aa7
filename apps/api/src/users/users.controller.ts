import { randomUUID } from 'node:crypto';
import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { EntityManager } from '@mikro-orm/postgresql';
import { hashPassword, Person, Session, User } from '@gremium/council';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { findOr404, listEntities } from '../common/crud';
import { conflictWith, invalidField } from '../common/field-error';
import { rules, type ListSpec, type RawListQuery } from '../common/list-query';
import { UuidParamPipe } from '../common/uuid-param.pipe';
import { CreateUserDto, UpdateUserDto } from './user.dto';

const LIST: ListSpec = {
  resource: 'users',
  sortable: ['email', 'createdAt', 'id'],
  defaultSort: ['email', 'ASC'],
  filters: { id: rules.uuid('id'), personId: rules.uuid('personId') },
  search: ['email'],
};

function present(user: User) {
  return {
    id: user.id,
    email: user.email,
    personId: user.personId,
    roles: user.roles,
    createdAt: user.createdAt,
    updatedAt: user.updatedAt,
  };
}

/** Accounts; only the coordination office manages them. Passwords are write-only, stored as argon2id. */
@ApiTags('users')
@Roles('coordination')
@Controller('users')
export class UsersController {
  constructor(private readonly em: EntityManager) {}

  @Get()
  async list(@Query() raw: RawListQuery, @Res({ passthrough: true }) response: Response) {
    return (await listEntities(this.em.fork(), User, LIST, raw, response)).map(present);
  }

  @Get(':id')
  async get(@Param('id', UuidParamPipe) id: string) {
    return present(await findOr404(this.em.fork(), User, id, 'user'));
  }

  @Post()
  async create(@Body() body: CreateUserDto) {
    const em = this.em.fork();
    const email = await this.checkedEmail(em, body.email, null);
    await this.checkPerson(em, body.personId);
    const now = new Date();
    const user = em.create(User, {
      id: randomUUID(),
      email,
      passwordHash: await hashPassword(body.password),
      personId: body.personId ?? null,
      roles: [...new Set(body.roles)],
      createdAt: now,
      updatedAt: now,
    });
    await em.flush();
    return present(user);
  }

  @Put(':id')
  async update(@Param('id', UuidParamPipe) id: string, @Body() body: UpdateUserDto, @CurrentUser() me: User) {
    const em = this.em.fork();
    const user = await findOr404(em, User, id, 'user');
    const email = await this.checkedEmail(em, body.email, id);
    await this.checkPerson(em, body.personId);
    if (user.id === me.id && !body.roles.includes('coordination')) {
      throw conflictWith('you cannot take the coordination role from your own account');
    }
    em.assign(user, {
      email,
      personId: body.personId ?? null,
      roles: [...new Set(body.roles)],
      updatedAt: new Date(),
      ...(body.password ? { passwordHash: await hashPassword(body.password) } : {}),
    });
    if (body.password)
      await em.nativeUpdate(Session, { userId: id, revokedAt: null }, { revokedAt: new Date() });
    await em.flush();
    return present(user);
  }

  @Delete(':id')
  @HttpCode(200)
  async remove(@Param('id', UuidParamPipe) id: string, @CurrentUser() me: User) {
    if (id === me.id) throw conflictWith('you cannot delete your own account');
    const em = this.em.fork();
    const user = await findOr404(em, User, id, 'user');
    await em.nativeDelete(Session, { userId: id });
    await em.remove(user).flush();
    return present(user);
  }

  private async checkedEmail(em: EntityManager, raw: string, id: string | null): Promise<string> {
    const email = raw.trim().toLowerCase();
    if (await em.count(User, { email, ...(id ? { id: { $ne: id } } : {}) })) {
      throw conflictWith(`an account for ${email} already exists`, { field: 'email' });
    }
    return email;
  }

  private async checkPerson(em: EntityManager, personId: string | null | undefined) {
    if (personId && !(await em.count(Person, { id: personId })))
      throw invalidField('personId', 'is not an existing person');
  }
}
