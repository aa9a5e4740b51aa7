import { DATE_TIME } from '../fields/dates';
import { ColumnHeads } from '../fields/ColumnHeads';
import Box from '@mui/material/Box';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { ReferenceField, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { useSteeringGroup } from '../providers/queries';
import type { SignedOff } from '../types';
import { DecisionExplanation } from './DecisionExplanation';

const VOTES = ['approve', 'reject', 'return'] as const;
type VoteKind = (typeof VOTES)[number];

const Person = ({ personId }: { personId: string }) => (
  <ReferenceField record={{ id: personId, personId }} source="personId" reference="people" link="show" />
);

/**
 * The steering group's votes of this round, the threshold, and who has not voted yet. `kinds` are the votes
 * the process offers (the annual report knows no rejection).
 */
export const VotesSection = ({ kinds = VOTES }: { kinds?: readonly VoteKind[] }) => {
  const record = useRecordContext<SignedOff>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { data: steering } = useSteeringGroup();
  if (!record) return null;
  const counts = kinds.map((vote) => ({ vote, count: record.votes.filter((v) => v.vote === vote).length }));
  const threshold = steering ? Math.floor(steering.occupied / 2) + 1 : null;
  const time = new Intl.DateTimeFormat(locale, DATE_TIME);
  return (
    <Box component="section" aria-labelledby="votes-heading" sx={{ py: 2 }}>
      <Typography id="votes-heading" variant="h6" component="h2">
        {translate('gremium.recommendations.votes_heading')}
      </Typography>
      <DecisionExplanation record={record} />
      <Typography variant="body2" sx={{ mb: 1 }}>
        {counts
          .map(({ vote, count }) => `${translate(`gremium.choices.vote.${vote}`)}: ${count}`)
          .join(' · ')}
        {threshold !== null &&
          record.state === 'inReview' &&
          ` — ${translate('gremium.recommendations.threshold', { threshold, occupied: steering?.occupied ?? 0 })}`}
      </Typography>
      {record.votes.length > 0 && (
        <Table size="small" aria-labelledby="votes-heading">
          <ColumnHeads
            labels={[
              'gremium.recommendations.voter',
              'gremium.payload.vote',
              'gremium.payload.comment',
              'gremium.recommendations.voted_at',
            ]}
          />
          <TableBody>
            {record.votes.map((vote) => (
              <TableRow key={vote.personId}>
                <TableCell>
                  <Person personId={vote.personId} />
                  {vote.asModerator && ` (${translate('gremium.recommendations.as_moderator')})`}
                </TableCell>
                <TableCell>{translate(`gremium.choices.vote.${vote.vote}`)}</TableCell>
                <TableCell sx={{ whiteSpace: 'pre-wrap' }}>{vote.comment ?? '–'}</TableCell>
                <TableCell>{time.format(vote.at)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {record.state === 'inReview' && (
        <Box sx={{ mt: 2 }}>
          <Typography variant="subtitle1" component="h3" id="not-voted-heading">
            {record.notVoted.length
              ? translate('gremium.recommendations.not_voted', { smart_count: record.notVoted.length })
              : translate('gremium.recommendations.all_voted')}
          </Typography>
          {record.notVoted.length > 0 && (
            <Box component="ul" aria-labelledby="not-voted-heading" sx={{ m: 0, pl: 3 }}>
              {record.notVoted.map((personId) => (
                <li key={personId}>
                  <Person personId={personId} />
                </li>
              ))}
            </Box>
          )}
        </Box>
      )}
    </Box>
  );
};
