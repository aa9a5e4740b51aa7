import GavelIcon from '@mui/icons-material/Gavel';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Chip from '@mui/material/Chip';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { useId, useState } from 'react';
import { Link, useDataProvider, useGetList, useLocaleState, useTranslate } from 'react-admin';
import DownloadIcon from '@mui/icons-material/GetApp';
import CardActions from '@mui/material/CardActions';
import { exportMyTasks } from '../exports/work-exports';
import { CommandDialog } from '../commands/CommandDialog';
import { ProcessTitle } from '../processes/ProcessTitle';
import type { AvailableCommand, MyTaskRecord } from '../types';

/** The subject's own page (where a recommendation's text is), else the process page. */
const SUBJECT_PAGES: Record<string, string> = {
  recommendation: 'recommendations',
  'working-group': 'working-groups',
  appointment: 'appointments',
};

const pathOf = (task: MyTaskRecord) => {
  const resource = task.subjectType ? SUBJECT_PAGES[task.subjectType] : undefined;
  return resource && task.subjectId
    ? `/${resource}/${task.subjectId}/show`
    : `/processes/${task.processId}/show`;
};

const DUE_FORMAT: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeZone: 'Europe/Berlin' };

interface Selected {
  task: MyTaskRecord;
  command: AvailableCommand;
}

const MyTask = ({
  task,
  now,
  onCommand,
}: {
  task: MyTaskRecord;
  now: number;
  onCommand: (selected: Selected) => void;
}) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const titleId = useId();
  const overdue = task.dueAt !== null && Date.parse(task.dueAt) < now;
  const text = typeof task.context.text === 'string' ? task.context.text : null;
  const labelOf = (command: AvailableCommand) => command.labels?.[locale] ?? command.label;
  return (
    <Box
      component="li"
      aria-labelledby={titleId}
      sx={{
        listStyle: 'none',
        py: 1.5,
        pl: 1.5,
        borderLeft: 4,
        borderColor: overdue ? 'error.main' : 'transparent',
        '& + &': { borderTop: 1, borderTopColor: 'divider' },
      }}
    >
      <Typography id={titleId} variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
        <Link to={pathOf(task)}>
          <ProcessTitle record={task} />
        </Link>
      </Typography>
      {text && (
        <Typography
          variant="body2"
          sx={{
            whiteSpace: 'pre-wrap',
            maxWidth: '75ch',
            display: '-webkit-box',
            WebkitLineClamp: 4,
            WebkitBoxOrient: 'vertical',
            overflow: 'hidden',
          }}
        >
          {text}
        </Typography>
      )}
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, alignItems: 'center', mt: 1 }}>
        {task.dueAt && (
          <Typography variant="body2" component="span">
            {translate('gremium.my_tasks.due', {
              date: new Intl.DateTimeFormat(locale, DUE_FORMAT).format(Date.parse(task.dueAt)),
            })}
          </Typography>
        )}
        {overdue && (
          <Chip
            size="small"
            color="error"
            label={translate('gremium.tasks.overdue')}
            sx={{ fontWeight: 600 }}
          />
        )}
        {task.note && (
          <Chip
            size="small"
            color="success"
            variant="outlined"
            label={translate(`gremium.my_tasks.notes.${task.note.code}`, {
              _: task.note.code,
              ...Object.fromEntries(
                Object.entries(task.note.params).map(([name, value]) => [
                  name,
                  translate(`gremium.choices.${name}.${value}`, { _: value }),
                ]),
              ),
            })}
          />
        )}
        <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, ml: { sm: 'auto' } }}>
          {task.commands.map((command) => (
            <Button
              key={command.type}
              variant="contained"
              size="small"
              startIcon={command.final ? <GavelIcon /> : undefined}
              onClick={() => onCommand({ task, command })}
            >
              {labelOf(command)}
            </Button>
          ))}
        </Box>
      </Box>
    </Box>
  );
};

/**
 * "Meine Aufgaben": what the signed-in person can act on now (`GET /api/my-tasks`, decided by the same
 * permission rules as every command), the earliest deadline first; the commands sit beside the text.
 */
export const MyTasksCard = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const [now] = useState(Date.now);
  const [selected, setSelected] = useState<Selected | null>(null);
  const dataProvider = useDataProvider();
  const { data, isPending } = useGetList<MyTaskRecord>('my-tasks', {
    pagination: { page: 1, perPage: 100 },
  });
  const label = (command: AvailableCommand) => command.labels?.[locale] ?? command.label;
  return (
    <Card component="section" aria-labelledby="my-tasks-heading">
      <CardContent>
        <Typography id="my-tasks-heading" variant="h5" component="h2" gutterBottom>
          {translate('gremium.my_tasks.title')}
        </Typography>
        {isPending ? (
          <LinearProgress aria-label={translate('ra.page.loading')} />
        ) : !data?.length ? (
          <Typography variant="body2">{translate('gremium.my_tasks.empty')}</Typography>
        ) : (
          <Box component="ul" sx={{ m: 0, p: 0 }}>
            {data.map((task) => (
              <MyTask key={task.id} task={task} now={now} onCommand={setSelected} />
            ))}
          </Box>
        )}
      </CardContent>
      {!!data?.length && (
        <CardActions>
          <Button
            size="small"
            startIcon={<DownloadIcon />}
            onClick={() => void exportMyTasks(data, dataProvider)}
          >
            {translate('ra.action.export')}
          </Button>
        </CardActions>
      )}
      {selected && (
        <CommandDialog
          process={{
            id: selected.task.processId,
            definition: selected.task.definition,
            context: selected.task.context,
          }}
          command={selected.command}
          label={label(selected.command)}
          onClose={() => setSelected(null)}
        />
      )}
    </Card>
  );
};
