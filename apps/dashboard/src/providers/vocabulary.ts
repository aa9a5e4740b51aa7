import { useQuery } from '@tanstack/react-query';
import { api } from './http';

/** The values of the council's enumerations as the API accepts them (`GET /api/vocabulary`). */
export interface CouncilEnums {
  organizationKinds: string[];
  appointedSeats: string[];
  appointmentStatuses: string[];
  recommendationStates: string[];
  addressees: string[];
  membershipRoles: string[];
  meetingBodies: string[];
  meetingKinds: string[];
}

/** They change only on deploy. */
export const useCouncilEnums = () =>
  useQuery({
    queryKey: ['gremium', 'vocabulary'],
    queryFn: async ({ signal }) => (await api<CouncilEnums>('vocabulary', { signal })).body,
    staleTime: Infinity,
  });

/** One enumeration as react-admin choices, each labelled by `<labels>.<value>` in the messages. */
export function useEnumChoices(name: keyof CouncilEnums, labels: string): { id: string; name: string }[] {
  const { data } = useCouncilEnums();
  return (data?.[name] ?? []).map((id) => ({ id, name: `${labels}.${id}` }));
}
