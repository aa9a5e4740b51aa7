export const MEETING_BODY_CHOICES = ['plenary', 'steering', 'working-group'].map((id) => ({
  id,
  name: `gremium.bodies.${id}`,
}));
export const MEETING_KIND_CHOICES = ['regular', 'extraordinary'].map((id) => ({
  id,
  name: `gremium.meeting_kinds.${id}`,
}));
