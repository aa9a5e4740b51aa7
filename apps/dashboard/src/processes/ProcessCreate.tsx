import Typography from '@mui/material/Typography';
import {
  Create,
  FormDataConsumer,
  SaveButton,
  SelectInput,
  SimpleForm,
  Toolbar,
  required,
  Loading,
  useLocaleState,
} from 'react-admin';
import { PayloadFields } from '../commands/PayloadFields';
import { planFields, toPayload, type FieldPlan } from '../commands/payload';
import { useProcessLabels } from '../definitions/useLabels';
import type { ProcessDefinition } from '../types';

interface StartValues {
  definition?: string;
  input?: Record<string, unknown>;
}

/** The start form of a definition, read from its input schema. */
export const startPlan = (definition: ProcessDefinition | undefined): FieldPlan[] =>
  definition ? planFields('process.started', definition.inputSchema) : [];

/** `POST /api/processes {definition, input}` with only the filled-in fields of that definition's form. */
export const toStartRequest = (
  { definition = '', input = {} }: StartValues,
  plan: FieldPlan[],
): { definition: string; input: Record<string, unknown> } => ({ definition, input: toPayload(plan, input) });

const toolbar = (
  <Toolbar>
    <SaveButton label="gremium.processes.start" />
  </Toolbar>
);

const StartFields = ({ definition }: { definition: ProcessDefinition | undefined }) => {
  const [locale] = useLocaleState();
  if (!definition) return null;
  const help = definition.description?.[locale] ?? definition.description?.de;
  return (
    <>
      {help && (
        <Typography variant="body2" sx={{ mb: 2, maxWidth: '70ch' }}>
          {help}
        </Typography>
      )}
      <PayloadFields key={definition.key} plan={startPlan(definition)} prefix="input." />
    </>
  );
};

/** Starts any process whose definition offers the generic start form: its fields come from the definition. */
export const ProcessCreate = () => {
  const labels = useProcessLabels();
  const startable = (labels.definitions ?? []).filter((definition) => definition.startForm === 'generic');
  const definitionOf = (key: string | undefined) => startable.find((definition) => definition.key === key);
  return (
    <Create
      redirect="show"
      transform={(values: StartValues) => toStartRequest(values, startPlan(definitionOf(values.definition)))}
    >
      {!labels.definitions ? (
        <Loading />
      ) : (
        <SimpleForm toolbar={toolbar} defaultValues={{ definition: startable[0]?.key }}>
          <SelectInput
            source="definition"
            choices={startable.map((definition) => ({
              id: definition.key,
              name: labels.definitionLabel(definition.key),
            }))}
            translateChoice={false}
            validate={required()}
            isLoading={!labels.definitions}
          />
          <FormDataConsumer<StartValues>>
            {({ formData }) => <StartFields definition={definitionOf(formData.definition)} />}
          </FormDataConsumer>
        </SimpleForm>
      )}
    </Create>
  );
};
