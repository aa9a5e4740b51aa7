/** Who sends a command. A user's rights are looked up when the command is checked, never carried in a token. */
export type ActorRef = { type: 'user'; userId: string } | { type: 'system'; reason: 'timer' | 'engine' };

export interface UserActor {
  type: 'user';
  userId: string;
  personId: string | null;
  roles: readonly string[];
}

export type Actor = UserActor | { type: 'system'; reason: 'timer' | 'engine' };

export const SYSTEM_TIMER: ActorRef = { type: 'system', reason: 'timer' };
export const SYSTEM_ENGINE: ActorRef = { type: 'system', reason: 'engine' };
