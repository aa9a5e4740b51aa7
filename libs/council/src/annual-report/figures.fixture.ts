import type { YearFacts } from './figures';

/** A year for tests: a group founded in March whose moderator changed in July, a term expired in October. */
const GROUP = '00000000-0000-4000-8000-000000000001';
const OLD_GROUP = '00000000-0000-4000-8000-000000000002';

export function facts(): YearFacts {
  return {
    steering: {
      groups: [
        {
          id: GROUP,
          name: 'Schulumfeld',
          status: 'active',
          foundedAt: '2026-03-10',
          dissolvedAt: null,
          moderatorId: 'bea',
          moderatorSince: '2026-07-14',
          moderators: [
            { personId: 'anna', from: '2026-03-10', to: '2026-07-13' },
            { personId: 'bea', from: '2026-07-14', to: null },
          ],
        },
        {
          id: OLD_GROUP,
          name: 'Diskriminierung',
          status: 'dissolved',
          foundedAt: '2019-02-22',
          dissolvedAt: '2026-05-01',
          moderatorId: 'carl',
          moderatorSince: '2019-03-01',
          moderators: [{ personId: 'carl', from: '2019-03-01', to: '2026-04-30' }],
        },
      ],
      appointments: [
        {
          id: 'p1',
          seat: 'police',
          personId: 'pia',
          organizationId: 'polizei',
          termStart: '2024-10-10',
          termEnd: '2026-10-09',
          endedOn: null,
          status: 'expired',
        },
        {
          id: 'v1',
          seat: 'provider',
          personId: 'vera',
          organizationId: null,
          termStart: '2025-01-01',
          termEnd: '2026-12-31',
          endedOn: '2026-06-01',
          status: 'ended',
        },
      ],
      coordination: [{ personId: 'kim', since: '2025-01-01' }],
    },
    meetings: [
      {
        id: 'm1',
        date: '2026-04-02',
        body: 'working-group',
        workingGroupId: GROUP,
        kind: 'regular',
        title: 'Erste Sitzung',
        state: 'held',
        attendance: ['anna', 'bea'],
      },
      {
        id: 'm2',
        date: '2026-09-02',
        body: 'steering',
        workingGroupId: null,
        kind: 'extraordinary',
        title: 'Sondersitzung',
        state: 'minutesApproved',
        attendance: ['kim'],
      },
      {
        id: 'm3',
        date: '2026-10-02',
        body: 'steering',
        workingGroupId: null,
        kind: 'regular',
        title: 'Abgesagt',
        state: 'cancelled',
        attendance: [],
      },
    ],
    recommendations: [
      {
        id: 'r1',
        title: 'Schulwege',
        workingGroupId: GROUP,
        submittedOn: '2026-05-05',
        state: 'forwarded',
        tags: ['Mobbing', 'Schule'],
        forwards: [{ addressee: 'council', date: '2026-06-01', reference: 'V/2026/1' }],
        answers: [],
      },
      {
        id: 'r0',
        title: 'Voriges Jahr',
        workingGroupId: GROUP,
        submittedOn: '2025-12-30',
        state: 'closed',
        tags: ['Mobbing'],
        forwards: [],
        answers: [],
      },
    ],
    people: new Map([
      ['anna', 'Anna Alt'],
      ['bea', 'Bea Neu'],
      ['carl', 'Carl Weg'],
      ['pia', 'Pia Polizei'],
      ['vera', 'Vera Verein'],
      ['kim', 'Kim Koordination'],
    ]),
    organizations: new Map([['polizei', 'Polizeiinspektion Halle']]),
  };
}
