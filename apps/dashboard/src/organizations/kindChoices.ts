import { ORGANIZATION_KINDS } from '../types';

export const KIND_CHOICES = ORGANIZATION_KINDS.map((kind) => ({
  id: kind,
  name: `gremium.organization_kinds.${kind}`,
}));
