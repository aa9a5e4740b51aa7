import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { useTheme } from '@mui/material/styles';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useRecordContext, useTranslate } from 'react-admin';
import { useProcessLabels } from '../definitions/useLabels';
import { useDiagram } from '../providers/queries';
import type { ProcessRecord } from '../types';
import { localizeDiagram } from './diagram';

type Rendering =
  { status: 'pending' } | { status: 'done'; svg: string } | { status: 'failed'; message: string };

let renderCount = 0;

/** Mermaid (about 600 kB) is fetched only when a diagram is first shown. */
async function renderMermaid(text: string, dark: boolean): Promise<string> {
  const { default: mermaid } = await import('mermaid');
  mermaid.initialize({
    startOnLoad: false,
    securityLevel: 'strict',
    theme: dark ? 'dark' : 'default',
    fontFamily: 'Roboto, Helvetica, Arial, sans-serif',
    state: { useMaxWidth: true },
  });
  renderCount += 1;
  const { svg } = await mermaid.render(`gremium-diagram-${renderCount}`, text);
  return svg;
}

/** The definition's state diagram with the current state highlighted (`GET /api/processes/:id/diagram`). */
export const ProcessDiagram = () => {
  const process = useRecordContext<ProcessRecord>();
  const translate = useTranslate();
  const labels = useProcessLabels();
  const theme = useTheme();
  const headingId = useId();
  const container = useRef<HTMLDivElement>(null);
  const { data: text, error } = useDiagram(process?.id, process?.updatedAt);
  const [rendering, setRendering] = useState<Rendering>({ status: 'pending' });
  const definition = process?.definition ?? '';
  const localized = useMemo(
    () =>
      text === undefined || !labels.definitions
        ? undefined
        : localizeDiagram(text, {
            state: (name) => labels.stateLabel(definition, name),
            command: (type) =>
              translate(`gremium.commands.${type}`, { _: labels.commandLabel(definition, type) }),
            timer: (name) => translate(`gremium.timers.${name}`, { _: name }),
            guard: (name) => translate(`gremium.guards.${name}`, { _: '' }) || null,
          }),
    [text, labels, definition, translate],
  );
  const dark = theme.palette.mode === 'dark';

  useEffect(() => {
    if (localized === undefined) return;
    let cancelled = false;
    setRendering({ status: 'pending' });
    renderMermaid(localized, dark).then(
      (svg) => !cancelled && setRendering({ status: 'done', svg }),
      (failure: unknown) =>
        !cancelled &&
        setRendering({
          status: 'failed',
          message: failure instanceof Error ? failure.message : String(failure),
        }),
    );
    return () => {
      cancelled = true;
    };
  }, [localized, dark]);

  useEffect(() => {
    // Mermaid's output is sanitised SVG (securityLevel strict); React cannot render an SVG string otherwise.
    if (container.current) container.current.innerHTML = rendering.status === 'done' ? rendering.svg : '';
  }, [rendering]);

  if (!process) return null;
  const current = labels.describeState(definition, process.state);
  return (
    <Box component="section" aria-labelledby={headingId} sx={{ py: 2 }}>
      <Typography id={headingId} variant="h6" component="h2" gutterBottom>
        {translate('gremium.diagram.heading')}
      </Typography>
      <Box component="figure" sx={{ m: 0 }}>
        {error ? (
          <Alert severity="error">{error.message}</Alert>
        ) : rendering.status === 'failed' ? (
          <Alert severity="warning">
            {translate('gremium.diagram.failed')} ({rendering.message})
          </Alert>
        ) : (
          rendering.status === 'pending' && (
            <LinearProgress aria-label={translate('gremium.diagram.loading')} />
          )
        )}
        <Box
          ref={container}
          role="img"
          aria-label={translate('gremium.diagram.alt', { state: current })}
          data-testid="process-diagram"
          data-rendered={rendering.status === 'done' ? 'true' : 'false'}
          sx={{
            overflowX: 'auto',
            '& svg': { maxWidth: '100%', height: 'auto', display: 'block', mx: 'auto' },
          }}
        />
        <Typography component="figcaption" variant="body2" sx={{ mt: 1 }}>
          {translate('gremium.diagram.caption', { state: current })}
        </Typography>
      </Box>
    </Box>
  );
};
