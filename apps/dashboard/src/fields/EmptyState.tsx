import AddIcon from '@mui/icons-material/Add';
import InboxIcon from '@mui/icons-material/Inbox';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useCanAccess, useResourceContext, useTranslate } from 'react-admin';
import { LinkButton } from './LinkButton';

/**
 * A list with no record yet: what is missing and, for whoever may do it, the step that fills it
 * ("Noch keine Arbeitsgruppe – Gründung beantragen"). `to` defaults to the resource's create page;
 * `access` names the right that step needs (by default creating in this resource).
 */
export const EmptyState = ({
  to,
  access,
}: {
  to?: string;
  access?: { resource: string; action: string } | false;
}) => {
  const translate = useTranslate();
  const resource = useResourceContext() ?? '';
  const needs = access === undefined ? { resource, action: 'create' } : access;
  const { canAccess } = useCanAccess(needs || { resource, action: 'list' });
  const action = needs !== false || to !== undefined;
  return (
    <Box role="status" sx={{ textAlign: 'center', py: 6, px: 2, width: '100%' }}>
      <InboxIcon sx={{ fontSize: 56, color: 'text.secondary' }} aria-hidden />
      <Typography variant="h6" component="p" gutterBottom>
        {translate(`gremium.empty_state.${resource}`)}
      </Typography>
      {action && canAccess && (
        <LinkButton to={to ?? `/${resource}/create`} label={`gremium.empty_state.${resource}_action`}>
          <AddIcon />
        </LinkButton>
      )}
    </Box>
  );
};
