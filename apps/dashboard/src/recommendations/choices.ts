import { ADDRESSEES, RECOMMENDATION_STATES } from '../types';

export const ADDRESSEE_CHOICES = ADDRESSEES.map((id) => ({ id, name: `gremium.choices.addressee.${id}` }));
export const STATE_CHOICES = RECOMMENDATION_STATES.map((id) => ({ id, name: `gremium.states.${id}` }));
