import type { Labels, Vocabulary } from '@gremium/workflow';

const l = (de: string, en: string): Labels => ({ de, en });

/** The words of the council's forms: every field and choice a process's input or command payload uses. */
export const councilVocabulary: Vocabulary = {
  fields: {
    decision: l('Entscheidung', 'Decision'),
    vote: l('Votum', 'Vote'),
    votes: l('Abstimmungsergebnis', 'Vote count'),
    yes: l('Ja', 'Yes'),
    no: l('Nein', 'No'),
    abstain: l('Enthaltung', 'Abstention'),
    meetingId: l('Sitzung', 'Meeting'),
    adoptedAtMeetingId: l('Beschlossen in der Sitzung', 'Adopted at the meeting'),
    note: l('Anmerkung', 'Note'),
    comment: l('Kommentar', 'Comment'),
    reason: l('Begründung', 'Reason'),
    termStart: l('Beginn der Amtszeit', 'Start of the term'),
    effectiveDate: l('Sitz unbesetzt ab', 'Seat vacant from'),
    personId: l('Person', 'Person'),
    organizationId: l('Organisation', 'Organisation'),
    workingGroupId: l('Arbeitsgruppe', 'Working group'),
    addressee: l('Adressat', 'Addressee'),
    addressees: l('Adressaten', 'Addressees'),
    reference: l('Aktenzeichen oder Vorlagennummer', 'Reference number'),
    answerDueOn: l('Antwort fällig am', 'Answer due on'),
    fileId: l('Dokument der Antwort', 'Document of the answer'),
    date: l('Datum', 'Date'),
    summary: l('Inhalt der Antwort', 'Content of the answer'),
    title: l('Titel', 'Title'),
    text: l('Text', 'Text'),
    tags: l('Schlagworte', 'Tags'),
    name: l('Name', 'Name'),
    topic: l('Thema', 'Topic'),
    rationale: l('Begründung', 'Rationale'),
    initialMemberIds: l('Erste Mitglieder', 'First members'),
    seat: l('Sitz', 'Seat'),
  },
  choices: {
    decision: {
      granted: l('Zugestimmt', 'Granted'),
      refused: l('Abgelehnt', 'Refused'),
      adopted: l('Beschlossen', 'Adopted'),
      rejected: l('Abgelehnt', 'Rejected'),
      appointed: l('Berufen', 'Appointed'),
      endorsed: l('Befürwortet', 'Endorsed'),
      returned: l('Zur Überarbeitung zurückgegeben', 'Returned for revision'),
    },
    vote: {
      approve: l('Zustimmen', 'Approve'),
      reject: l('Ablehnen', 'Reject'),
      return: l('Zur Überarbeitung zurückgeben', 'Return for revision'),
    },
    addressee: {
      administration: l('Stadtverwaltung', 'City administration'),
      council: l('Stadtrat', 'City council'),
    },
    addressees: {
      administration: l('Stadtverwaltung', 'City administration'),
      council: l('Stadtrat', 'City council'),
    },
    seat: {
      police: l('Polizeiinspektion', 'Police district'),
      provider: l('Freier Träger', 'Non-profit provider'),
      science: l('Wissenschaft', 'Science'),
    },
  },
};

/** The council's words plus those of one process's own fields. */
export function withVocabulary(own: Partial<Vocabulary>): Vocabulary {
  return {
    fields: { ...councilVocabulary.fields, ...own.fields },
    choices: { ...councilVocabulary.choices, ...own.choices },
  };
}
