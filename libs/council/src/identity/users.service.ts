import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { conflict, conflictOn, invalidField } from '@gremium/workflow';
import { Person } from '../people/person.entity';
import { snapshot } from '../records/record-chain';
import { RecordWriter, refuse, type Editor } from '../records/record-writer';
import { hashPassword } from './password';
import { forgetSessions } from './session-cache';
import { Session } from './session.entity';
import { User, type NotificationDelivery, type StoredRole } from './user.entity';
import { councilCoded } from '../errors/council-errors';

export interface UserInput {
  email: string;
  password?: string;
  personId?: string | null;
  roles: StoredRole[];
}

/** Accounts; only the coordination office manages them. Passwords are write-only, stored as argon2id. */
@Injectable()
export class UsersService {
  constructor(private readonly records: RecordWriter) {}

  async create(input: UserInput & { password: string }, by: Editor): Promise<User> {
    return this.insert(randomUUID(), input, by);
  }

  /**
   * The coordination account that nobody signed in could have created, made from the command line
   * (`npm run seed:demo`): it is recorded as created by itself.
   */
  async createFirstCoordinator(input: Omit<UserInput, 'roles'> & { password: string }): Promise<User> {
    const id = randomUUID();
    return this.insert(id, { ...input, roles: ['coordination'] }, { userId: id });
  }

  private async insert(id: string, input: UserInput & { password: string }, by: Editor): Promise<User> {
    const { em, now } = await this.records.begin();
    const email = await this.checkedEmail(em, input.email, null);
    await this.checkPerson(em, input.personId);
    const user = em.create(User, {
      id,
      email,
      passwordHash: await hashPassword(input.password),
      personId: input.personId ?? null,
      roles: [...new Set(input.roles)],
      createdAt: now,
      updatedAt: now,
    });
    await this.records.commit(em, {
      kind: 'user',
      record: user,
      action: 'created',
      before: null,
      by,
      at: now,
    });
    return user;
  }

  async update(id: string, input: UserInput, by: Editor): Promise<User> {
    const { em, now } = await this.records.begin();
    const user = await this.records.findOr404(em, User, id, 'user');
    const email = await this.checkedEmail(em, input.email, id);
    await this.checkPerson(em, input.personId);
    if (user.id === by.userId && !input.roles.includes('coordination')) {
      refuse(conflict(councilCoded('user.own_coordination_role')));
    }
    const before = snapshot(user);
    em.assign(user, {
      email,
      personId: input.personId ?? null,
      roles: [...new Set(input.roles)],
      updatedAt: now,
      ...(input.password ? { passwordHash: await hashPassword(input.password) } : {}),
    });
    // A new password ends every session that knew the old one.
    if (input.password) await em.nativeUpdate(Session, { userId: id, revokedAt: null }, { revokedAt: now });
    await this.records.commit(em, { kind: 'user', record: user, action: 'updated', before, by, at: now });
    forgetSessions(em);
    return user;
  }

  /** Each user chooses for themselves: an e-mail per notification, or one digest a day. */
  async setNotificationDelivery(id: string, delivery: NotificationDelivery): Promise<User> {
    const { em, now } = await this.records.begin();
    const user = await this.records.findOr404(em, User, id, 'user');
    const before = snapshot(user);
    em.assign(user, { notificationDelivery: delivery, updatedAt: now });
    await this.records.commit(em, {
      kind: 'user',
      record: user,
      action: 'updated',
      before,
      by: { userId: id },
      at: now,
    });
    forgetSessions(em);
    return user;
  }

  async remove(id: string, by: Editor): Promise<User> {
    if (id === by.userId) refuse(conflict(councilCoded('user.delete_self')));
    const { em, now } = await this.records.begin();
    const user = await this.records.findOr404(em, User, id, 'user');
    const before = snapshot(user);
    await em.nativeDelete(Session, { userId: id });
    em.remove(user);
    await this.records.commit(em, { kind: 'user', record: user, action: 'deleted', before, by, at: now });
    forgetSessions(em);
    return user;
  }

  private async checkedEmail(em: EntityManager, raw: string, id: string | null): Promise<string> {
    const email = raw.trim().toLowerCase();
    if (await em.count(User, { email, ...(id ? { id: { $ne: id } } : {}) })) {
      refuse(conflictOn('email', councilCoded('user.email_taken', { email })));
    }
    return email;
  }

  private async checkPerson(em: EntityManager, personId: string | null | undefined) {
    if (personId && !(await em.count(Person, { id: personId }))) {
      refuse(invalidField('personId', councilCoded('person.unknown')));
    }
  }
}
