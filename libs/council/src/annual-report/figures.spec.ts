import { compileFigures, nameFigures, peopleInFigures } from './figures';
import { facts } from './figures.fixture';

describe('the annual report figures, as of the year', () => {
  const figures = compileFigures(2026, facts(), new Date('2027-01-15T00:00:00Z'));

  it('keeps people by id only, and names them again from their ids', () => {
    const known = facts();
    const anonymous = compileFigures(2026, { ...known, people: new Map() }, new Date('2027-01-15T00:00:00Z'));
    for (const name of known.people.values()) expect(JSON.stringify(anonymous)).not.toContain(name);
    expect(peopleInFigures(anonymous).length).toBeGreaterThan(0);
    expect(nameFigures(anonymous, known.people)).toEqual(figures);
  });

  it('lists the groups active, founded and dissolved in the year', () => {
    expect(figures.workingGroups.active.map((group) => group.name)).toEqual([
      'Diskriminierung',
      'Schulumfeld',
    ]);
    expect(figures.workingGroups.founded.map((group) => group.name)).toEqual(['Schulumfeld']);
    expect(figures.workingGroups.dissolved.map((group) => group.name)).toEqual(['Diskriminierung']);
    expect([figures.workingGroups.activeOnFirstDay, figures.workingGroups.activeOnLastDay]).toEqual([1, 1]);
  });

  it('keeps the moderator history clipped to the year', () => {
    expect(
      figures.moderators.map(({ workingGroupName, personName, from, to }) => [
        workingGroupName,
        personName,
        from,
        to,
      ]),
    ).toEqual([
      ['Diskriminierung', 'Carl Weg', '2026-01-01', '2026-04-30'],
      ['Schulumfeld', 'Anna Alt', '2026-03-10', '2026-07-13'],
      ['Schulumfeld', 'Bea Neu', '2026-07-14', '2026-12-31'],
    ]);
  });

  it('composes the steering group on 1 January and 31 December from the dates', () => {
    const holders = (seats: { label: string; personName: string | null }[]) =>
      seats.map((seat) => [seat.label, seat.personName]);
    expect(holders(figures.composition.firstDay.seats)).toEqual([
      ['Koordinierungsstelle', 'Kim Koordination'],
      ['Moderation „Diskriminierung“', 'Carl Weg'],
      ['Polizeiinspektion', 'Pia Polizei'],
      ['Freier Träger', 'Vera Verein'],
      ['Wissenschaft', null],
    ]);
    expect(holders(figures.composition.lastDay.seats)).toEqual([
      ['Koordinierungsstelle', 'Kim Koordination'],
      ['Moderation „Schulumfeld“', 'Bea Neu'],
      ['Polizeiinspektion', null],
      ['Freier Träger', null],
      ['Wissenschaft', null],
    ]);
    expect(
      figures.composition.changes.map(({ date, kind, label, before, after }) => [
        date,
        kind,
        label,
        before,
        after,
      ]),
    ).toEqual([
      ['2026-03-10', 'seat-added', 'Moderation „Schulumfeld“', null, 'Anna Alt'],
      ['2026-05-01', 'seat-removed', 'Moderation „Diskriminierung“', 'Carl Weg', null],
      ['2026-06-01', 'holder-changed', 'Freier Träger', 'Vera Verein', null],
      ['2026-07-14', 'holder-changed', 'Moderation „Schulumfeld“', 'Anna Alt', 'Bea Neu'],
      ['2026-10-10', 'holder-changed', 'Polizeiinspektion', 'Pia Polizei', null],
    ]);
  });

  it('counts the vacancies in days, within the year', () => {
    expect(
      figures.vacancies.map(({ label, from, to, days, continues }) => [label, from, to, days, continues]),
    ).toEqual([
      ['Wissenschaft', '2026-01-01', '2026-12-31', 365, true],
      ['Freier Träger', '2026-06-01', '2026-12-31', 214, true],
      ['Polizeiinspektion', '2026-10-10', '2026-12-31', 83, true],
    ]);
  });

  it('tells the appointments started, ended early and expired', () => {
    expect(figures.appointments.started).toEqual([]);
    expect(figures.appointments.ended.map((a) => [a.label, a.lastDay])).toEqual([
      ['Freier Träger', '2026-05-31'],
    ]);
    expect(
      figures.appointments.expired.map((a) => [a.label, a.personName, a.organizationName, a.lastDay]),
    ).toEqual([['Polizeiinspektion', 'Pia Polizei', 'Polizeiinspektion Halle', '2026-10-09']]);
  });

  it('counts held meetings per body with their attendance', () => {
    expect(figures.meetings.total).toBe(2);
    expect(
      figures.meetings.byBody.map(({ name, regular, extraordinary, attendance }) => [
        name,
        regular,
        extraordinary,
        attendance,
      ]),
    ).toEqual([
      ['Vollversammlung', 0, 0, 0],
      ['Steuerungsgruppe', 0, 1, 1],
      ['Arbeitsgruppe „Diskriminierung“', 0, 0, 0],
      ['Arbeitsgruppe „Schulumfeld“', 1, 0, 2],
    ]);
  });

  it('lists the recommendations submitted in the year with their fate, and the items per tag', () => {
    expect(
      figures.recommendations.submitted.map((item) => [item.title, item.state, item.forwards.length]),
    ).toEqual([['Schulwege', 'forwarded', 1]]);
    expect(figures.recommendations.byState).toEqual([{ state: 'forwarded', count: 1 }]);
    expect(figures.tags).toEqual([
      { tag: 'Mobbing', recommendations: 1 },
      { tag: 'Schule', recommendations: 1 },
    ]);
  });
});
