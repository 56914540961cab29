/**
 * An autolaunched flow the org exposes as an invocable action (`/actions/custom/flow/{Name}`):
 * its declared variables and what one interview does. Variable types are the action describe's.
 */
import { SalesforceError, type OrgStore } from '../types';

export interface FlowVariable {
  name: string;
  label: string;
  type: 'STRING' | 'DATETIME' | 'DOUBLE' | 'ID';
  /** A collection variable takes a JSON array. */
  collection?: boolean;
  required: boolean;
  description: string;
}

export interface FlowRun {
  store: OrgStore;
  /** The running user (the access token's user). */
  userId: string;
}

export interface InvocableFlow {
  name: string;
  label: string;
  description: string;
  inputs: FlowVariable[];
  outputs: FlowVariable[];
  /** One interview: inputs already checked against `inputs`; throws SalesforceError to fail. */
  run(inputs: Record<string, unknown>, context: FlowRun): Record<string, unknown>;
}

/** [unsure] the status code Salesforce gives a flow input of the wrong type. */
function invalidInput(variable: FlowVariable, expected: string): SalesforceError {
  return new SalesforceError('INVALID_INPUT', `Invalid value for ${variable.name}: expected ${expected}`, 400, [variable.name]);
}

function checkValue(variable: FlowVariable, value: unknown): unknown {
  switch (variable.type) {
    case 'DOUBLE':
      if (typeof value !== 'number' || !Number.isFinite(value)) throw invalidInput(variable, 'a number');
      return value;
    case 'DATETIME':
      if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) throw invalidInput(variable, 'an ISO 8601 date and time');
      return value;
    default:
      if (typeof value !== 'string') throw invalidInput(variable, 'text');
      return value;
  }
}

/** The declared inputs of one interview, type-checked; [unsure] Salesforce may reject undeclared names, this ignores them. */
export function checkInputs(flow: InvocableFlow, given: Record<string, unknown>): Record<string, unknown> {
  const inputs: Record<string, unknown> = {};
  for (const variable of flow.inputs) {
    const value = given[variable.name];
    if (value === undefined || value === null) {
      if (variable.required) {
        throw new SalesforceError('REQUIRED_FIELD_MISSING', `Missing required input parameter: ${variable.name}`, 400, [variable.name]);
      }
      continue;
    }
    if (variable.collection) {
      if (!Array.isArray(value)) throw invalidInput(variable, 'a list');
      inputs[variable.name] = value.map((item) => checkValue(variable, item));
    } else {
      inputs[variable.name] = checkValue(variable, value);
    }
  }
  return inputs;
}
