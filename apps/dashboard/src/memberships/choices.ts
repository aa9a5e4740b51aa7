export const ROLE_CHOICES = ['member', 'temporary', 'moderator'].map((id) => ({
  id,
  name: `gremium.membership_roles.${id}`,
}));
export const BODY_CHOICES = [
  { id: 'working-group', name: 'gremium.bodies.working-group' },
  { id: 'plenary', name: 'gremium.bodies.plenary' },
];
