/**
 * `/actions/custom/flow`: list, describe and invoke the org's flows. Each input runs as its own interview, all or
 * nothing: a flow that faults without a fault path rolls back what it did. When any fails the whole answer is
 * HTTP 400 with every result in it (observed in
 * https://github.com/sfdx-mass-action-scheduler/sfdx-mass-action-scheduler/issues/69).
 * [unsure] whether Salesforce runs the inputs of one call in one transaction; here each input stands alone.
 */
import { findFlow, FLOWS } from '../flows';
import { checkInputs, type FlowVariable, type InvocableFlow } from '../flows/flow';
import { notFound } from '../http';
import { SalesforceError, type OrgStore } from '../types';
import { objectBody, ok, type DataRequest, type Resource } from './data-api';

/** The action describe's type for a flow data type. [unsure] DOUBLE for Number. */
const ACTION_TYPES: Readonly<Record<FlowVariable['dataType'], string>> = { String: 'STRING', DateTime: 'DATETIME', Number: 'DOUBLE' };

function flowUrl(version: string, name: string): string {
  return `/services/data/v${version}/actions/custom/flow/${name}`;
}

function describeVariable(variable: FlowVariable): Record<string, unknown> {
  return {
    // Flow variables have no label, and cannot be marked required (FlowVariable has neither field).
    byteLength: 0, description: variable.description, label: variable.name, maxOccurs: variable.collection ? 2000 : 1,
    name: variable.name, picklistValues: null, required: false, sobjectType: null, type: ACTION_TYPES[variable.dataType],
  };
}

function interview(flow: InvocableFlow, given: unknown, store: OrgStore, userId: string): Record<string, unknown> {
  const result = { actionName: flow.name, version: 1 };
  try {
    if (typeof given !== 'object' || given === null || Array.isArray(given)) {
      throw new SalesforceError('JSON_PARSER_ERROR', 'Each input must be a JSON object.', 400);
    }
    const outputs = store.transaction(() => flow.run(checkInputs(flow, given as Record<string, unknown>), { store, userId }));
    return { ...result, errors: null, isSuccess: true, outputValues: { ...outputs, Flow__InterviewStatus: 'Finished' } };
  } catch (e) {
    if (!(e instanceof SalesforceError)) throw e;
    return { ...result, errors: [{ statusCode: e.errorCode, message: e.message, fields: e.fields }], isSuccess: false, outputValues: null };
  }
}

function flowOf(name: string): InvocableFlow {
  const flow = findFlow(name);
  if (!flow) throw notFound(); // [unsure] the exact answer for a flow the org lacks.
  return flow;
}

export function actionResources(store: OrgStore): Resource[] {
  const invoke = (req: DataRequest, [name = '']: string[]) => {
    const flow = flowOf(name);
    const inputs = objectBody(req).inputs;
    if (!Array.isArray(inputs)) throw new SalesforceError('JSON_PARSER_ERROR', 'The request body must have an inputs array.', 400);
    const results = inputs.map((given) => interview(flow, given, store, req.userId));
    return ok(results, results.every((r) => r.isSuccess) ? 200 : 400);
  };
  return [
    {
      pattern: /^\/actions\/?$/,
      methods: { GET: (req) => ok({ custom: `/services/data/v${req.version}/actions/custom` }) },
    },
    {
      pattern: /^\/actions\/custom\/?$/,
      methods: { GET: (req) => ok({ flow: `/services/data/v${req.version}/actions/custom/flow` }) },
    },
    {
      pattern: /^\/actions\/custom\/flow\/?$/,
      methods: {
        GET: (req) => ok({ actions: FLOWS.map((f) => ({ label: f.label, name: f.name, type: 'FLOW', url: flowUrl(req.version, f.name) })) }),
      },
    },
    {
      pattern: /^\/actions\/custom\/flow\/(\w+)$/,
      methods: {
        GET: (_req, [name = '']) => {
          const flow = flowOf(name);
          return ok({
            description: flow.description, inputs: flow.inputs.map(describeVariable), label: flow.label, name: flow.name,
            outputs: flow.outputs.map(describeVariable), standard: false, targetEntityName: null, type: 'FLOW',
          });
        },
        POST: invoke,
      },
    },
  ];
}
