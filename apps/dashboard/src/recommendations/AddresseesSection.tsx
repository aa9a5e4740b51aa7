import { ColumnHeads } from '../fields/ColumnHeads';
import Box from '@mui/material/Box';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { berlinToday, formatDate } from '../fields/dates';
import type { RecommendationRecord } from '../types';

/** Per addressee (Stadtverwaltung, Stadtrat): when and under which reference it was forwarded, by when the answer is due, and the answer (with its document). */
export const AddresseesSection = () => {
  const record = useRecordContext<RecommendationRecord>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!record) return null;
  const pending = translate('gremium.recommendations.pending');
  return (
    <Box component="section" aria-labelledby="addressees-heading" sx={{ py: 2 }}>
      <Typography id="addressees-heading" variant="h6" component="h2" gutterBottom>
        {translate('gremium.recommendations.addressees_heading')}
      </Typography>
      {/* Half the cells' padding on a phone: three columns of single long words („Stadtverwaltung“) fit 390 px. */}
      <Table
        size="small"
        aria-labelledby="addressees-heading"
        sx={{ '& .MuiTableCell-root': { px: { xs: 1, sm: 2 } } }}
      >
        <ColumnHeads
          labels={[
            'gremium.payload.addressee',
            'gremium.recommendations.forwarded',
            'gremium.recommendations.answer',
          ]}
        />
        <TableBody>
          {record.addressees.map((addressee) => {
            const forward = record.forwards.find((item) => item.addressee === addressee);
            const answer = record.answers.find((item) => item.addressee === addressee);
            return (
              <TableRow key={addressee}>
                <TableCell component="th" scope="row" sx={{ fontWeight: 'normal' }}>
                  {translate(`gremium.choices.addressee.${addressee}`)}
                </TableCell>
                <TableCell>
                  {forward ? `${formatDate(forward.date, locale)} · ${forward.reference}` : pending}
                  {forward?.dueOn && (
                    <Typography
                      variant="body2"
                      color="text.secondary"
                      component="span"
                      sx={{ display: 'block' }}
                    >
                      {translate('gremium.recommendations.answer_due_on', {
                        date: formatDate(forward.dueOn, locale),
                      })}
                      {!answer && forward.dueOn < berlinToday() && (
                        <Chip
                          size="small"
                          color="warning"
                          label={translate('gremium.recommendations.overdue')}
                          sx={{ ml: 1 }}
                        />
                      )}
                    </Typography>
                  )}
                </TableCell>
                <TableCell sx={{ whiteSpace: 'pre-wrap' }}>
                  {answer
                    ? `${formatDate(answer.date, locale)}${answer.reference ? ` · ${answer.reference}` : ''}\n${answer.summary}`
                    : pending}
                  {answer?.fileId && (
                    <>
                      {'\n'}
                      <Link href={`/api/files/${encodeURIComponent(answer.fileId)}`}>
                        {translate('gremium.recommendations.answer_document')}
                      </Link>
                    </>
                  )}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </Box>
  );
};
