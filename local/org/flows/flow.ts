/**
 * An autolaunched flow the org exposes as an invocable action (`/actions/custom/flow/{Name}`): its input and
 * output variables, declared as the Flow metadata declares them (salesforce/ ships the real flow, and its test
 * compares the two), and what one interview does.
 */
import { SalesforceError, type OrgStore } from '../types';

/** One flow variable that is available for input or output (Metadata API, FlowVariable). */
export interface FlowVariable {
  name: string;
  /** FlowVariable.dataType. */
  dataType: 'String' | 'DateTime' | 'Number';
  /** FlowVariable.scale: decimal places a Number keeps. */
  scale?: number;
  /** FlowVariable.isCollection: the input takes a JSON array. */
  collection?: boolean;
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
  /** One interview: inputs already checked against `inputs`, absent ones left out; throws SalesforceError to fail. */
  run(inputs: Record<string, unknown>, context: FlowRun): Record<string, unknown>;
}

/** [unsure] the status code Salesforce gives a flow input of the wrong type. */
function invalidInput(variable: FlowVariable, expected: string): SalesforceError {
  return new SalesforceError('INVALID_INPUT', `Invalid value for ${variable.name}: expected ${expected}`, 400, [variable.name]);
}

function checkValue(variable: FlowVariable, value: unknown): unknown {
  switch (variable.dataType) {
    case 'Number':
      if (typeof value !== 'number' || !Number.isFinite(value)) throw invalidInput(variable, 'a number');
      // [unsure] that the flow rounds to the variable's scale (half up) rather than refusing the value.
      return variable.scale === undefined ? value : Number(value.toFixed(variable.scale));
    case 'DateTime':
      if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) throw invalidInput(variable, 'an ISO 8601 date and time');
      return value;
    default:
      if (typeof value !== 'string') throw invalidInput(variable, 'text');
      return value;
  }
}

/**
 * The declared inputs of one interview, type-checked. A flow variable cannot be required, so a missing input is
 * simply unset; [unsure] Salesforce may reject undeclared names, this ignores them.
 */
export function checkInputs(flow: InvocableFlow, given: Record<string, unknown>): Record<string, unknown> {
  const inputs: Record<string, unknown> = {};
  for (const variable of flow.inputs) {
    const value = given[variable.name];
    if (value === undefined || value === null) continue;
    if (variable.collection) {
      if (!Array.isArray(value)) throw invalidInput(variable, 'a list');
      inputs[variable.name] = value.map((item) => checkValue(variable, item));
    } else {
      inputs[variable.name] = checkValue(variable, value);
    }
  }
  return inputs;
}
