import UploadFileIcon from '@mui/icons-material/UploadFile';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useId, useState, type ChangeEvent } from 'react';
import { Title, useNotify, useTranslate } from 'react-admin';
import { api } from '../providers/http';

interface ImportResult {
  lines: number;
  problems: { line: number; field: string; reason: string }[];
  plan: { people: number; organizations: string[]; memberships: number };
  applied: boolean;
}

const COLUMNS = 'Vorname;Nachname;E-Mail;Telefon;Organisation;Organisationsart;Gremium;Seit';

/**
 * Onboarding from a CSV file: checked first (every bad line with its field and reason), imported only
 * when the check found nothing (POST /api/imports/onboarding).
 */
export const ImportPage = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const inputId = useId();
  const [file, setFile] = useState<{ name: string; csv: string } | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [busy, setBusy] = useState(false);

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0];
    setResult(null);
    setFile(chosen ? { name: chosen.name, csv: await chosen.text() } : null);
  };

  const send = async (confirm: boolean) => {
    if (!file) return;
    setBusy(true);
    try {
      const answer = await api<ImportResult>('imports/onboarding', {
        method: 'POST',
        body: { csv: file.csv, confirm },
      });
      setResult(answer.body);
      if (answer.body.applied)
        notify('gremium.onboarding.imported', { type: 'success', messageArgs: answer.body.plan });
    } catch (error) {
      notify(error instanceof Error ? error.message : String(error), { type: 'error' });
    } finally {
      setBusy(false);
    }
  };

  const checked = result && !result.applied;
  return (
    <Card sx={{ mt: 2 }}>
      <Title title="gremium.onboarding.title" />
      <CardContent>
        <Typography variant="h5" component="h2" gutterBottom>
          {translate('gremium.onboarding.title')}
        </Typography>
        <Typography variant="body2" sx={{ maxWidth: '75ch' }}>
          {translate('gremium.onboarding.help')}
        </Typography>
        <Typography
          variant="body2"
          component="code"
          sx={{ display: 'block', my: 1, overflowWrap: 'anywhere' }}
        >
          {COLUMNS}
        </Typography>
        <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, alignItems: 'center', my: 2 }}>
          <Button component="label" htmlFor={inputId} variant="outlined" startIcon={<UploadFileIcon />}>
            {translate('gremium.onboarding.choose')}
            <input
              id={inputId}
              type="file"
              accept=".csv,text/csv"
              hidden
              onChange={(event) => void choose(event)}
            />
          </Button>
          <Typography variant="body2">{file?.name ?? translate('gremium.onboarding.no_file')}</Typography>
        </Box>
        <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1 }}>
          <Button variant="outlined" disabled={!file || busy} onClick={() => void send(false)}>
            {translate('gremium.onboarding.check')}
          </Button>
          <Button
            variant="contained"
            disabled={!checked || result.problems.length > 0 || busy}
            onClick={() => void send(true)}
          >
            {translate('gremium.onboarding.import')}
          </Button>
        </Box>
        {result && result.problems.length > 0 && (
          <Box sx={{ mt: 2, overflowX: 'auto' }}>
            <Alert severity="error">
              {translate('gremium.onboarding.problems', { smart_count: result.problems.length })}
            </Alert>
            <Table size="small" aria-label={translate('gremium.onboarding.problems_table')}>
              <TableHead>
                <TableRow>
                  <TableCell>{translate('gremium.onboarding.line')}</TableCell>
                  <TableCell>{translate('gremium.onboarding.field')}</TableCell>
                  <TableCell>{translate('gremium.onboarding.reason')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {result.problems.map((problem) => (
                  <TableRow key={`${problem.line}-${problem.field}-${problem.reason}`}>
                    <TableCell>{problem.line}</TableCell>
                    <TableCell>{problem.field}</TableCell>
                    <TableCell>{problem.reason}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </Box>
        )}
        {result && result.problems.length === 0 && (
          <Alert severity={result.applied ? 'success' : 'info'} sx={{ mt: 2 }}>
            {translate(result.applied ? 'gremium.onboarding.done' : 'gremium.onboarding.plan', {
              people: result.plan.people,
              memberships: result.plan.memberships,
              organizations: result.plan.organizations.length,
            })}
          </Alert>
        )}
      </CardContent>
    </Card>
  );
};
