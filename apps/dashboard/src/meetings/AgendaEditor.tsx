import AddIcon from '@mui/icons-material/Add';
import ArrowDownwardIcon from '@mui/icons-material/ArrowDownward';
import ArrowUpwardIcon from '@mui/icons-material/ArrowUpward';
import CheckIcon from '@mui/icons-material/Check';
import CloseIcon from '@mui/icons-material/Close';
import DeleteIcon from '@mui/icons-material/Delete';
import EditIcon from '@mui/icons-material/Edit';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import IconButton from '@mui/material/IconButton';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Confirm, Link, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { api } from '../providers/http';
import type { AgendaItem, AgendaKind, MeetingRecord } from '../types';
import { agendaOpen, useMeetingRights } from './meetingRights';

const KINDS: AgendaKind[] = ['decision', 'report', 'topic'];

type Change = { title?: string; position?: number; status?: 'accepted' | 'declined' };

/** Runs one agenda request, says what happened (or why not), and reloads the meeting. */
function useAgendaRequest(meetingId: string | undefined) {
  const notify = useNotify();
  const refresh = useRefresh();
  const [busy, setBusy] = useState(false);
  const run = async (
    path: string,
    method: 'POST' | 'PUT' | 'DELETE',
    body: unknown,
    done: string,
    args: Record<string, unknown> = {},
  ): Promise<boolean> => {
    if (!meetingId) return false;
    setBusy(true);
    try {
      await api(`meetings/${encodeURIComponent(meetingId)}/agenda-items${path}`, { method, body });
      notify(done, { type: 'success', messageArgs: args });
      refresh();
      return true;
    } catch (error) {
      notify(error instanceof Error ? error.message : String(error), { type: 'error' });
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { run, busy };
}

const ItemTitleEditor = ({
  item,
  onSave,
  onCancel,
}: {
  item: AgendaItem;
  onSave: (title: string) => void;
  onCancel: () => void;
}) => {
  const translate = useTranslate();
  const [title, setTitle] = useState(item.title);
  return (
    <Box
      component="form"
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        if (title.trim()) onSave(title.trim());
      }}
      sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', alignItems: 'center', my: 1 }}
    >
      <TextField
        size="small"
        label={translate('gremium.meeting_page.item_title')}
        value={title}
        onChange={(event) => setTitle(event.target.value)}
        autoFocus
        required
        slotProps={{ htmlInput: { maxLength: 300 } }}
        sx={{ flex: '1 1 14rem' }}
      />
      <Button type="submit" variant="contained" size="small">
        {translate('ra.action.save')}
      </Button>
      <Button size="small" onClick={onCancel}>
        {translate('ra.action.cancel')}
      </Button>
    </Box>
  );
};

interface ItemProps {
  item: AgendaItem;
  count: number;
  editable: boolean;
  busy: boolean;
  change: (item: AgendaItem, change: Change, focus?: string) => void;
  remove: (item: AgendaItem) => void;
}

const AgendaRow = ({ item, count, editable, busy, change, remove }: ItemProps) => {
  const translate = useTranslate();
  const [editing, setEditing] = useState(false);
  const top = translate('gremium.meeting_page.top', { n: item.position });
  const named = { n: item.position, title: item.title };
  const declined = item.status === 'declined';
  return (
    <Box
      component="li"
      aria-label={`${top}: ${item.title}`}
      sx={{ py: 1, borderBottom: 1, borderColor: 'divider', display: 'grid', gap: 0.5 }}
    >
      <Box sx={{ display: 'flex', gap: 1, alignItems: 'baseline', flexWrap: 'wrap' }}>
        <Typography component="span" variant="subtitle2" sx={{ minWidth: '4.5rem' }}>
          {top}
        </Typography>
        {editing ? null : (
          <Typography
            component="span"
            variant="body1"
            sx={{
              overflowWrap: 'anywhere',
              flex: '1 1 12rem',
              textDecoration: declined ? 'line-through' : 'none',
            }}
          >
            {item.title}
          </Typography>
        )}
      </Box>
      {editing && (
        <ItemTitleEditor
          item={item}
          onCancel={() => setEditing(false)}
          onSave={(title) => {
            setEditing(false);
            change(item, { title }, `agenda-${item.id}-edit`);
          }}
        />
      )}
      <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
        <Chip size="small" label={translate(`gremium.agenda_kinds.${item.kind}`)} />
        <Chip size="small" variant="outlined" label={translate(`gremium.agenda_sources.${item.source}`)} />
        {item.source === 'proposal' && (
          <Chip
            size="small"
            variant="outlined"
            color={
              item.status === 'accepted' ? 'success' : item.status === 'declined' ? 'default' : 'warning'
            }
            label={translate(`gremium.agenda_statuses.${item.status}`)}
          />
        )}
        {item.processId && (
          <Link to={`/processes/${item.processId}/show`}>{translate('gremium.meeting_page.to_process')}</Link>
        )}
        {editable && (
          <Box sx={{ display: 'flex', flexWrap: 'wrap', ml: 'auto' }}>
            <IconButton
              id={`agenda-${item.id}-up`}
              aria-label={translate('gremium.meeting_page.move_up', named)}
              disabled={busy || item.position === 1}
              onClick={() => change(item, { position: item.position - 1 }, `agenda-${item.id}-up`)}
            >
              <ArrowUpwardIcon />
            </IconButton>
            <IconButton
              id={`agenda-${item.id}-down`}
              aria-label={translate('gremium.meeting_page.move_down', named)}
              disabled={busy || item.position === count}
              onClick={() => change(item, { position: item.position + 1 }, `agenda-${item.id}-down`)}
            >
              <ArrowDownwardIcon />
            </IconButton>
            {item.source !== 'auto' && (
              <IconButton
                id={`agenda-${item.id}-edit`}
                aria-label={translate('gremium.meeting_page.edit', named)}
                disabled={busy}
                onClick={() => setEditing(true)}
              >
                <EditIcon />
              </IconButton>
            )}
            {item.source !== 'auto' && (
              <IconButton
                aria-label={translate('gremium.meeting_page.delete', named)}
                disabled={busy}
                onClick={() => remove(item)}
              >
                <DeleteIcon />
              </IconButton>
            )}
            {item.source === 'proposal' && item.status !== 'accepted' && (
              <Button
                size="small"
                startIcon={<CheckIcon />}
                disabled={busy}
                aria-label={translate('gremium.meeting_page.accept', named)}
                onClick={() => change(item, { status: 'accepted' })}
              >
                {translate('gremium.meeting_page.accept_short')}
              </Button>
            )}
            {item.source === 'proposal' && item.status !== 'declined' && (
              <Button
                size="small"
                startIcon={<CloseIcon />}
                disabled={busy}
                aria-label={translate('gremium.meeting_page.decline', named)}
                onClick={() => change(item, { status: 'declined' })}
              >
                {translate('gremium.meeting_page.decline_short')}
              </Button>
            )}
          </Box>
        )}
      </Box>
    </Box>
  );
};

/** Adds an item (the organiser: any kind) or proposes a topic (a member of the group, R3). */
const AddItemForm = ({
  propose,
  busy,
  add,
}: {
  propose: boolean;
  busy: boolean;
  add: (title: string, kind: AgendaKind) => Promise<boolean>;
}) => {
  const translate = useTranslate();
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState<AgendaKind>(propose ? 'topic' : 'report');
  const heading = propose ? 'gremium.meeting_page.propose_heading' : 'gremium.meeting_page.add_heading';
  return (
    <Box
      component="form"
      aria-label={translate(heading)}
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        if (!title.trim()) return;
        void add(title.trim(), kind).then((added) => added && setTitle(''));
      }}
      sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', alignItems: 'flex-start', mt: 2 }}
    >
      <Typography variant="subtitle1" component="h3" sx={{ flexBasis: '100%' }}>
        {translate(heading)}
      </Typography>
      <TextField
        size="small"
        label={translate('gremium.meeting_page.item_title')}
        value={title}
        onChange={(event) => setTitle(event.target.value)}
        required
        slotProps={{ htmlInput: { maxLength: 300 } }}
        sx={{ flex: '1 1 16rem' }}
      />
      {!propose && (
        <TextField
          select
          size="small"
          label={translate('gremium.meeting_page.item_kind')}
          value={kind}
          onChange={(event) => setKind(event.target.value as AgendaKind)}
          slotProps={{ select: { native: true } }}
          sx={{ flex: '0 1 12rem' }}
        >
          {KINDS.map((value) => (
            <option key={value} value={value}>
              {translate(`gremium.agenda_kinds.${value}`)}
            </option>
          ))}
        </TextField>
      )}
      <Button type="submit" variant="contained" startIcon={<AddIcon />} disabled={busy}>
        {translate(propose ? 'gremium.meeting_page.propose' : 'gremium.meeting_page.add')}
      </Button>
    </Box>
  );
};

/**
 * The agenda (TOP 1 …): live until the invitation (open decisions of the body appear by themselves),
 * then frozen with supplements by hand. The organiser adds, retitles, removes and reorders items with
 * buttons (keyboard: the moved item's button keeps the focus) and accepts or declines members' topics.
 */
export const AgendaEditor = () => {
  const record = useRecordContext<MeetingRecord>();
  const translate = useTranslate();
  const { organiser, proposer } = useMeetingRights(record);
  const { run, busy } = useAgendaRequest(record?.id);
  const [removing, setRemoving] = useState<AgendaItem | null>(null);
  const focusAfter = useRef<string | null>(null);
  const items = record?.agenda ?? [];

  useEffect(() => {
    const target = focusAfter.current;
    if (!target) return;
    const element = document.getElementById(target) as HTMLButtonElement | null;
    // At the top or bottom the button that moved it is disabled: its sibling takes the focus.
    const sibling = target.endsWith('-up')
      ? target.replace(/-up$/, '-down')
      : target.replace(/-down$/, '-up');
    const fallback = document.getElementById(sibling) as HTMLButtonElement | null;
    if (element && !element.disabled) element.focus();
    else if (fallback && !fallback.disabled) fallback.focus();
    else return;
    focusAfter.current = null;
  }, [items]);

  if (!record) return null;
  const open = agendaOpen(record);
  const editable = organiser && open;
  const change = (item: AgendaItem, body: Change, focus?: string) => {
    focusAfter.current = focus ?? null;
    const done =
      body.position !== undefined
        ? 'gremium.meeting_page.moved'
        : body.status !== undefined
          ? `gremium.meeting_page.${body.status}`
          : 'gremium.meeting_page.saved';
    void run(`/${encodeURIComponent(item.id)}`, 'PUT', body, done, {
      title: item.title,
      n: body.position ?? item.position,
    });
  };
  return (
    <Box component="section" aria-labelledby="agenda-heading">
      <Typography id="agenda-heading" variant="h6" component="h2" gutterBottom>
        {translate('gremium.meeting_page.agenda')}
      </Typography>
      <Typography variant="body2" color="text.secondary" gutterBottom>
        {translate(
          record.state === 'planned'
            ? 'gremium.meeting_page.agenda_live'
            : open
              ? 'gremium.meeting_page.agenda_frozen'
              : 'gremium.meeting_page.agenda_closed',
        )}
      </Typography>
      {items.length === 0 ? (
        <Alert severity="info">{translate('gremium.meeting_page.agenda_empty')}</Alert>
      ) : (
        <Box component="ol" sx={{ listStyle: 'none', p: 0, m: 0 }}>
          {items.map((item) => (
            <AgendaRow
              key={item.id}
              item={item}
              count={items.length}
              editable={editable}
              busy={busy}
              change={change}
              remove={setRemoving}
            />
          ))}
        </Box>
      )}
      {open && (organiser || proposer) && (
        <AddItemForm
          propose={proposer}
          busy={busy}
          add={(title, kind) =>
            run(
              '',
              'POST',
              { title, kind },
              proposer ? 'gremium.meeting_page.proposed_done' : 'gremium.meeting_page.added',
              { title },
            )
          }
        />
      )}
      <Confirm
        isOpen={removing !== null}
        title="gremium.meeting_page.delete_title"
        content="gremium.meeting_page.delete_content"
        translateOptions={{ title: removing?.title ?? '' }}
        onConfirm={() => {
          if (removing)
            void run(
              `/${encodeURIComponent(removing.id)}`,
              'DELETE',
              undefined,
              'gremium.meeting_page.removed',
              {
                title: removing.title,
              },
            );
          setRemoving(null);
        }}
        onClose={() => setRemoving(null)}
      />
    </Box>
  );
};
