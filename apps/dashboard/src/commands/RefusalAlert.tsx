import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import { useLocaleState, useTranslate } from 'react-admin';
import { useProcessLabels } from '../definitions/useLabels';
import { isFieldProblems } from '../providers/http';
import { wordProblem } from './problem-message';

export interface Refusal {
  message: string;
  details?: unknown;
}

interface RefusalDetails {
  state?: unknown;
  allowed?: unknown;
  code?: unknown;
}

/** The server's reason for not applying a command, with what its `details` say (api.md, "Errors"). */
export const RefusalAlert = ({ refusal, definition }: { refusal: Refusal; definition: string }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const labels = useProcessLabels();
  const { details } = refusal;
  const facts =
    typeof details === 'object' && details !== null && !Array.isArray(details)
      ? (details as RefusalDetails)
      : {};
  const allowed = Array.isArray(facts.allowed)
    ? facts.allowed.map((type) => labels.commandLabel(definition, String(type))).join(', ')
    : null;
  return (
    <Alert severity="error" sx={{ mb: 2 }} role="alert">
      <AlertTitle>{translate('gremium.command_dialog.refused')}</AlertTitle>
      {/* The server's English sentence only where no key words it in the user's language. */}
      {!(isFieldProblems(details) && details.every((problem) => problem.key)) && refusal.message}
      {isFieldProblems(details) && (
        <ul>
          {details.map((problem) => (
            <li key={`${problem.field}:${problem.message}`}>
              {translate(`gremium.payload.${problem.field.replace(/^(payload|input)\./, '')}`, {
                _: problem.field,
              })}
              : {wordProblem(problem, translate, locale)}
            </li>
          ))}
        </ul>
      )}
      {facts.state !== undefined && (
        <div>
          {translate('gremium.command_dialog.state')}: {labels.describeState(definition, facts.state)}
        </div>
      )}
      {allowed !== null && (
        <div>
          {translate('gremium.command_dialog.allowed')}: {allowed}
        </div>
      )}
      {typeof facts.code === 'string' && !refusal.message && (
        <div>
          {translate('gremium.command_dialog.code')}: {facts.code}
        </div>
      )}
    </Alert>
  );
};
