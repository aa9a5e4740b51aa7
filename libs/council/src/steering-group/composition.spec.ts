import {
  type AppointmentFact,
  type CoordinationFact,
  type GroupFact,
  composeSteeringGroup,
  isSteeringMember,
  majorityThreshold,
} from './composition';

function group(overrides: Partial<GroupFact> & Pick<GroupFact, 'id' | 'name'>): GroupFact {
  return {
    status: 'active',
    foundedAt: '2019-02-22',
    dissolvedAt: null,
    moderatorId: `moderator-of-${overrides.id}`,
    moderatorSince: '2019-05-01',
    ...overrides,
  };
}

function appointment(
  overrides: Partial<AppointmentFact> & Pick<AppointmentFact, 'id' | 'seat'>,
): AppointmentFact {
  return {
    personId: `person-${overrides.id}`,
    organizationId: `organization-${overrides.id}`,
    termStart: '2024-03-15',
    termEnd: '2026-03-14',
    endedOn: null,
    status: 'active',
    ...overrides,
  };
}

// The four initial working groups of R11, listed out of order on purpose.
function initialGroups(): GroupFact[] {
  return [
    group({ id: 'ag-opfer', name: 'Opferschutz, häusliche Gewalt und Stalking' }),
    group({ id: 'ag-senioren', name: 'Sicherheit für ältere Menschen' }),
    group({ id: 'ag-diskriminierung', name: 'Diskriminierung' }),
    group({ id: 'ag-schule', name: 'Schulumfeld und Freizeit' }),
  ];
}

function initialAppointments(): AppointmentFact[] {
  return [
    appointment({ id: 'science-1', seat: 'science' }),
    appointment({ id: 'police-1', seat: 'police' }),
    appointment({ id: 'provider-1', seat: 'provider' }),
  ];
}

function initialCoordination(): CoordinationFact[] {
  return [{ personId: 'coordinator', since: '2020-01-01' }];
}

function facts(
  overrides: Partial<{
    groups: GroupFact[];
    appointments: AppointmentFact[];
    coordination: CoordinationFact[];
  }> = {},
) {
  return {
    groups: initialGroups(),
    appointments: initialAppointments(),
    coordination: initialCoordination(),
    ...overrides,
  };
}

const holders = (date: string, input = facts()) =>
  composeSteeringGroup(date, input).seats.map((seat) => [seat.kind, seat.personId]);

describe('composeSteeringGroup', () => {
  it('has 8 seats, all occupied, with four working groups and every seat filled (R6)', () => {
    const composition = composeSteeringGroup('2025-06-01', facts());
    expect(composition).toEqual({
      date: '2025-06-01',
      size: 8,
      occupied: 8,
      seats: [
        { kind: 'coordination', personId: 'coordinator', since: '2020-01-01' },
        {
          kind: 'moderator',
          workingGroupId: 'ag-diskriminierung',
          workingGroupName: 'Diskriminierung',
          personId: 'moderator-of-ag-diskriminierung',
          since: '2019-05-01',
        },
        {
          kind: 'moderator',
          workingGroupId: 'ag-opfer',
          workingGroupName: 'Opferschutz, häusliche Gewalt und Stalking',
          personId: 'moderator-of-ag-opfer',
          since: '2019-05-01',
        },
        {
          kind: 'moderator',
          workingGroupId: 'ag-schule',
          workingGroupName: 'Schulumfeld und Freizeit',
          personId: 'moderator-of-ag-schule',
          since: '2019-05-01',
        },
        {
          kind: 'moderator',
          workingGroupId: 'ag-senioren',
          workingGroupName: 'Sicherheit für ältere Menschen',
          personId: 'moderator-of-ag-senioren',
          since: '2019-05-01',
        },
        {
          kind: 'police',
          personId: 'person-police-1',
          organizationId: 'organization-police-1',
          appointmentId: 'police-1',
          since: '2024-03-15',
          until: '2026-03-14',
        },
        {
          kind: 'provider',
          personId: 'person-provider-1',
          organizationId: 'organization-provider-1',
          appointmentId: 'provider-1',
          since: '2024-03-15',
          until: '2026-03-14',
        },
        {
          kind: 'science',
          personId: 'person-science-1',
          organizationId: 'organization-science-1',
          appointmentId: 'science-1',
          since: '2024-03-15',
          until: '2026-03-14',
        },
      ],
    });
    expect(majorityThreshold(composition.occupied)).toBe(5);
  });

  describe('working groups', () => {
    const fifth = (overrides: Partial<GroupFact> = {}) =>
      group({
        id: 'ag-raum',
        name: 'Öffentlicher Raum',
        foundedAt: '2025-09-10',
        moderatorId: null,
        moderatorSince: null,
        ...overrides,
      });

    it('adds a vacant moderator seat from the day a fifth group is founded', () => {
      const input = facts({ groups: [...initialGroups(), fifth()] });
      expect(composeSteeringGroup('2025-09-09', input)).toMatchObject({ size: 8, occupied: 8 });

      const composition = composeSteeringGroup('2025-09-10', input);
      expect(composition).toMatchObject({ size: 9, occupied: 8 });
      expect(majorityThreshold(composition.occupied)).toBe(5);
      const vacant = composition.seats.filter((seat) => seat.personId === null);
      expect(vacant).toEqual([
        {
          kind: 'moderator',
          workingGroupId: 'ag-raum',
          workingGroupName: 'Öffentlicher Raum',
          personId: null,
        },
      ]);
    });

    it('orders moderator seats by group name with German collation (Ö with O, before Op)', () => {
      const input = facts({ groups: [...initialGroups(), fifth()] });
      expect(composeSteeringGroup('2025-10-01', input).seats.map((seat) => seat.workingGroupName)).toEqual([
        undefined,
        'Diskriminierung',
        'Öffentlicher Raum',
        'Opferschutz, häusliche Gewalt und Stalking',
        'Schulumfeld und Freizeit',
        'Sicherheit für ältere Menschen',
        undefined,
        undefined,
        undefined,
      ]);
    });

    it('fills the seat once a moderator is elected', () => {
      const input = facts({
        groups: [...initialGroups(), fifth({ moderatorId: 'new-moderator', moderatorSince: '2025-11-01' })],
      });
      const composition = composeSteeringGroup('2025-11-01', input);
      expect(composition).toMatchObject({ size: 9, occupied: 9 });
      expect(majorityThreshold(composition.occupied)).toBe(5);
      expect(composition.seats).toContainEqual({
        kind: 'moderator',
        workingGroupId: 'ag-raum',
        workingGroupName: 'Öffentlicher Raum',
        personId: 'new-moderator',
        since: '2025-11-01',
      });
    });

    it('removes the seat from the day the group is dissolved', () => {
      const input = facts({
        groups: [...initialGroups(), fifth({ status: 'dissolved', dissolvedAt: '2026-05-20' })],
      });
      expect(composeSteeringGroup('2026-05-19', input).size).toBe(9);
      const composition = composeSteeringGroup('2026-05-20', input);
      expect(composition.size).toBe(8);
      expect(composition.seats.some((seat) => seat.workingGroupId === 'ag-raum')).toBe(false);
    });

    it('removes an occupied moderator seat on dissolution, and its holder from the group', () => {
      const groups = initialGroups().map((g) =>
        g.id === 'ag-schule' ? { ...g, dissolvedAt: '2026-01-15' } : g,
      );
      const composition = composeSteeringGroup('2026-01-15', facts({ groups }));
      expect(composition).toMatchObject({ size: 7, occupied: 7 });
      expect(majorityThreshold(composition.occupied)).toBe(4);
      expect(isSteeringMember(composition, 'moderator-of-ag-schule')).toBe(false);
    });

    it('never seats a group founded and dissolved on the same day', () => {
      const input = facts({ groups: [...initialGroups(), fifth({ dissolvedAt: '2025-09-10' })] });
      expect(composeSteeringGroup('2025-09-10', input).size).toBe(8);
    });

    it('has only the coordination and the appointed seats before any group exists', () => {
      const composition = composeSteeringGroup('2019-02-21', facts());
      expect(composition.seats.map((seat) => seat.kind)).toEqual([
        'coordination',
        'police',
        'provider',
        'science',
      ]);
      expect(composition.size).toBe(4);
    });

    it('gives no since for a vacant moderator seat even when a date is left over', () => {
      const input = facts({ groups: [fifth({ moderatorId: null, moderatorSince: '2025-01-01' })] });
      expect(composeSteeringGroup('2025-10-01', input).seats[1]).toEqual({
        kind: 'moderator',
        workingGroupId: 'ag-raum',
        workingGroupName: 'Öffentlicher Raum',
        personId: null,
      });
    });

    it('orders groups with the same name by id', () => {
      const twins = [group({ id: 'b', name: 'Zwilling' }), group({ id: 'a', name: 'Zwilling' })];
      const ids = composeSteeringGroup('2025-01-01', facts({ groups: twins })).seats.map(
        (s) => s.workingGroupId,
      );
      expect(ids).toEqual([undefined, 'a', 'b', undefined, undefined, undefined]);
    });
  });

  describe('appointed seats', () => {
    it('holds the seat through the last day and leaves it vacant once the term has expired', () => {
      expect(holders('2026-03-14')).toContainEqual(['police', 'person-police-1']);

      const composition = composeSteeringGroup('2026-03-15', facts());
      expect(composition.seats.slice(-3)).toEqual([
        { kind: 'police', personId: null },
        { kind: 'provider', personId: null },
        { kind: 'science', personId: null },
      ]);
      expect(composition).toMatchObject({ size: 8, occupied: 5 });
      expect(majorityThreshold(composition.occupied)).toBe(3);
    });

    it('leaves only the expired seat vacant', () => {
      const appointments = [
        appointment({ id: 'police-1', seat: 'police' }),
        appointment({ id: 'provider-1', seat: 'provider', termStart: '2025-01-01', termEnd: '2026-12-31' }),
        appointment({ id: 'science-1', seat: 'science', termStart: '2025-01-01', termEnd: '2026-12-31' }),
      ];
      const composition = composeSteeringGroup('2026-03-15', facts({ appointments }));
      expect(composition.seats.find((seat) => seat.kind === 'police')).toEqual({
        kind: 'police',
        personId: null,
      });
      expect(composition).toMatchObject({ size: 8, occupied: 7 });
      expect(majorityThreshold(composition.occupied)).toBe(4);
      expect(isSteeringMember(composition, 'person-police-1')).toBe(false);
    });

    it('passes the seat to a successor whose term starts the day after', () => {
      const appointments = [
        ...initialAppointments(),
        appointment({
          id: 'police-2',
          seat: 'police',
          personId: 'successor',
          organizationId: 'polizeirevier-halle',
          termStart: '2026-03-15',
          termEnd: '2028-03-14',
          status: 'appointed',
        }),
      ];
      const input = facts({ appointments });
      expect(holders('2026-03-14', input)).toContainEqual(['police', 'person-police-1']);

      const composition = composeSteeringGroup('2026-03-15', input);
      expect(composition.seats.find((seat) => seat.kind === 'police')).toEqual({
        kind: 'police',
        personId: 'successor',
        organizationId: 'polizeirevier-halle',
        appointmentId: 'police-2',
        since: '2026-03-15',
        until: '2028-03-14',
      });
      expect(isSteeringMember(composition, 'successor')).toBe(true);
      expect(isSteeringMember(composition, 'person-police-1')).toBe(false);
    });

    it('leaves the seat vacant from the first vacant day after an early end', () => {
      const appointments = initialAppointments().map((a) =>
        a.seat === 'provider' ? { ...a, endedOn: '2025-06-01', status: 'ended' } : a,
      );
      const input = facts({ appointments });

      expect(
        composeSteeringGroup('2025-05-31', input).seats.find((seat) => seat.kind === 'provider'),
      ).toEqual({
        kind: 'provider',
        personId: 'person-provider-1',
        organizationId: 'organization-provider-1',
        appointmentId: 'provider-1',
        since: '2024-03-15',
        until: '2025-05-31',
      });
      const composition = composeSteeringGroup('2025-06-01', input);
      expect(composition.seats.find((seat) => seat.kind === 'provider')).toEqual({
        kind: 'provider',
        personId: null,
      });
      expect(composition.occupied).toBe(7);
    });

    it('keeps the last day as until when endedOn lies after it', () => {
      const appointments = [appointment({ id: 'police-1', seat: 'police', endedOn: '2026-06-01' })];
      const seat = composeSteeringGroup('2026-03-14', facts({ appointments })).seats.at(-3);
      expect(seat).toMatchObject({ kind: 'police', until: '2026-03-14' });
    });

    it('seats an appointment waiting for a future term start only from that day', () => {
      const appointments = [
        appointment({
          id: 'science-2',
          seat: 'science',
          termStart: '2026-04-01',
          termEnd: '2028-03-31',
          status: 'appointed',
        }),
      ];
      const input = facts({ appointments });
      expect(holders('2026-03-31', input)).toContainEqual(['science', null]);
      expect(holders('2026-04-01', input)).toContainEqual(['science', 'person-science-2']);
    });

    it('follows the dates, not a status a late timer has not yet updated', () => {
      const appointments = [
        appointment({ id: 'police-1', seat: 'police', status: 'expiring' }),
        appointment({ id: 'provider-1', seat: 'provider', status: 'active', termEnd: '2025-03-14' }),
        appointment({ id: 'science-1', seat: 'science', status: 'expired' }),
      ];
      expect(holders('2025-06-01', facts({ appointments })).slice(-3)).toEqual([
        ['police', 'person-police-1'],
        ['provider', null],
        ['science', 'person-science-1'],
      ]);
    });

    it.each(['awaitingNomination', 'nominated', 'declined'])(
      'ignores an appointment in status %s',
      (status) => {
        const appointments = [appointment({ id: 'police-9', seat: 'police', status })];
        expect(holders('2025-06-01', facts({ appointments }))).toContainEqual(['police', null]);
      },
    );

    it.each([
      ['without a person', { personId: null }],
      ['without a term start', { termStart: null }],
      ['without a last day', { termEnd: null }],
    ])('ignores an appointment %s', (_case, overrides) => {
      const appointments = [appointment({ id: 'police-9', seat: 'police', ...overrides })];
      expect(holders('2025-06-01', facts({ appointments }))).toContainEqual(['police', null]);
    });

    it('keeps an appointment to its own seat', () => {
      const appointments = [appointment({ id: 'police-1', seat: 'police' })];
      expect(holders('2025-06-01', facts({ appointments })).slice(-3)).toEqual([
        ['police', 'person-police-1'],
        ['provider', null],
        ['science', null],
      ]);
    });

    it('lets the later-starting appointment hold the seat when terms overlap', () => {
      const appointments = [
        appointment({ id: 'police-1', seat: 'police' }),
        appointment({ id: 'police-2', seat: 'police', termStart: '2026-01-01', termEnd: '2027-12-31' }),
      ];
      const input = facts({ appointments });
      expect(holders('2025-12-31', input)).toContainEqual(['police', 'person-police-1']);
      expect(holders('2026-01-01', input)).toContainEqual(['police', 'person-police-2']);
      expect(holders('2026-03-15', input)).toContainEqual(['police', 'person-police-2']);
    });
  });

  describe('coordination seat', () => {
    it('is vacant before the first history row (R14)', () => {
      const coordination: CoordinationFact[] = [{ personId: 'coordinator', since: '2025-01-01' }];
      expect(composeSteeringGroup('2025-01-01', facts({ coordination })).occupied).toBe(8);
      const composition = composeSteeringGroup('2024-12-31', facts({ coordination }));
      expect(composition.seats[0]).toEqual({ kind: 'coordination', personId: null });
      expect(composition).toMatchObject({ size: 8, occupied: 7 });
      expect(majorityThreshold(composition.occupied)).toBe(4);
    });

    it('is vacant with no history at all', () => {
      expect(composeSteeringGroup('2025-06-01', facts({ coordination: [] })).seats[0]).toEqual({
        kind: 'coordination',
        personId: null,
      });
    });

    it('is held by the row with the latest since on or before the date, in any input order', () => {
      const coordination: CoordinationFact[] = [
        { personId: 'third', since: '2024-07-01' },
        { personId: 'first', since: '2020-01-01' },
        { personId: null, since: '2023-01-01' },
        { personId: 'second', since: '2021-05-10' },
      ];
      const seatOn = (date: string) => composeSteeringGroup(date, facts({ coordination })).seats[0];
      expect(seatOn('2019-12-31')).toEqual({ kind: 'coordination', personId: null });
      expect(seatOn('2020-01-01')).toEqual({ kind: 'coordination', personId: 'first', since: '2020-01-01' });
      expect(seatOn('2021-05-09')).toEqual({ kind: 'coordination', personId: 'first', since: '2020-01-01' });
      expect(seatOn('2021-05-10')).toEqual({ kind: 'coordination', personId: 'second', since: '2021-05-10' });
      // A row without a person vacates the office again; its since says from when.
      expect(seatOn('2023-01-01')).toEqual({ kind: 'coordination', personId: null, since: '2023-01-01' });
      expect(seatOn('2024-07-01')).toEqual({ kind: 'coordination', personId: 'third', since: '2024-07-01' });
    });

    it('takes the row listed later when two rows share a since', () => {
      const coordination: CoordinationFact[] = [
        { personId: 'recorded-first', since: '2024-01-01' },
        { personId: 'corrected', since: '2024-01-01' },
      ];
      expect(composeSteeringGroup('2024-06-01', facts({ coordination })).seats[0].personId).toBe('corrected');
    });
  });

  it('does not change its input', () => {
    const input = facts();
    const copy = structuredClone(input);
    composeSteeringGroup('2025-06-01', input);
    expect(input).toEqual(copy);
  });

  it('rejects an invalid date', () => {
    expect(() => composeSteeringGroup('2025-02-29', facts())).toThrow(RangeError);
    expect(() => composeSteeringGroup('01.06.2025', facts())).toThrow(RangeError);
  });
});

describe('isSteeringMember', () => {
  it('counts a person holding two seats once, while both seats count as occupied', () => {
    const coordination: CoordinationFact[] = [{ personId: 'moderator-of-ag-opfer', since: '2020-01-01' }];
    const composition = composeSteeringGroup('2025-06-01', facts({ coordination }));
    expect(composition.seats.filter((seat) => seat.personId === 'moderator-of-ag-opfer')).toHaveLength(2);
    expect(isSteeringMember(composition, 'moderator-of-ag-opfer')).toBe(true);
    expect(composition).toMatchObject({ size: 8, occupied: 8 });
  });

  it('is true for every seat holder and false for anyone else', () => {
    const composition = composeSteeringGroup('2025-06-01', facts());
    for (const seat of composition.seats) expect(isSteeringMember(composition, seat.personId!)).toBe(true);
    expect(isSteeringMember(composition, 'somebody-else')).toBe(false);
    expect(isSteeringMember(composition, '')).toBe(false);
  });

  it('is false for everybody on a vacant seat', () => {
    const composition = composeSteeringGroup('2019-01-01', facts({ appointments: [], coordination: [] }));
    expect(composition).toMatchObject({ size: 4, occupied: 0 });
    expect(isSteeringMember(composition, 'coordinator')).toBe(false);
  });
});

describe('majorityThreshold', () => {
  it.each([
    [0, 1],
    [1, 1],
    [2, 2],
    [3, 2],
    [4, 3],
    [5, 3],
    [6, 4],
    [7, 4],
    [8, 5],
    [9, 5],
    [10, 6],
  ])('more than half of %i occupied seats is %i', (occupied, threshold) => {
    expect(majorityThreshold(occupied)).toBe(threshold);
    expect(threshold * 2).toBeGreaterThan(occupied);
    expect((threshold - 1) * 2).toBeLessThanOrEqual(occupied);
  });

  it('rejects negative and fractional counts', () => {
    expect(() => majorityThreshold(-1)).toThrow(RangeError);
    expect(() => majorityThreshold(2.5)).toThrow(RangeError);
    expect(() => majorityThreshold(Number.NaN)).toThrow(RangeError);
  });
});
