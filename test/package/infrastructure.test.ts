/**
 * The CloudFormation stack ask-cli deploys and the ask-resources.json that drives it: linted with cfn-lint, and
 * checked against what ask-cli 2.30.7's cfn-deployer passes and reads, what the bundle exports and what the
 * Lambda's config reads.
 */
import { expect } from 'chai';
import { build } from 'esbuild';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { bundleOptions, MCP_ENTRY, MCP_OUT_FILE, OUT_FILE } from '../../hooks/bundle';
import { ENV_VARS } from '../../lambda/src/config';

// cfn-lint is the retired JavaScript linter (npm `cfn-lint`), typed loosely here.
const cfnSpec = require('cfn-lint/lib/awsData').awsResources as { ResourceTypes: Record<string, Json> };
const cfnLint = require('cfn-lint') as {
  validateFile(path: string, options?: object): LintResult;
  validateJsonObject(template: unknown, options?: object): LintResult;
};
const { openFile } = require('cfn-lint/lib/parser') as { openFile(path: string): Template };
interface LintResult {
  templateValid: boolean;
  errors: Record<'crit' | 'warn' | 'info', { message: string; resource: string }[]>;
}

// Parsed CloudFormation: the tests assert its shape, so loose typing costs nothing.
type Json = any;
interface Template {
  Parameters: Record<string, { Type: string; Default?: string; AllowedPattern?: string; AllowedValues?: string[]; NoEcho?: boolean }>;
  Resources: Record<string, { Type: string; Properties: Json; DeletionPolicy?: string }>;
  Outputs: Record<string, { Value: Json }>;
}

const root = join(__dirname, '../..');

function sourcesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourcesUnder(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []);
}

/**
 * The DynamoDB actions the Lambda's code sends: every `new XCommand(` of @aws-sdk/client-dynamodb under lambda/src,
 * except in ensureTable, which runs only against a local DynamoDB (DYNAMODB_ENDPOINT; the stack owns the table in AWS).
 */
function dynamoActionsInCode(): string[] {
  expect(readFileSync(join(root, 'lambda/src/app.ts'), 'utf8')).to.include('config.dynamodbEndpoint ? ensureTable(');
  const commands = new Set<string>();
  for (const file of sourcesUnder(join(root, 'lambda/src'))) {
    const text = readFileSync(file, 'utf8');
    if (!text.includes('@aws-sdk/client-dynamodb')) continue;
    const sent = text.replace(/export async function ensureTable[\s\S]*?\n}\n/, '');
    for (const [, name] of sent.matchAll(/new (\w+)Command\(/g)) commands.add(`dynamodb:${name}`);
  }
  return [...commands].sort();
}
const askResources = JSON.parse(readFileSync(join(root, 'ask-resources.json'), 'utf8'));
const infra = askResources.profiles.default.skillInfrastructure;
const userConfig = infra.userConfig;
const templatePath = join(root, userConfig.templatePath);
const template = openFile(templatePath);

/** The parameters ask-cli's cfn-deployer passes itself (dist/lib/builtins/deploy-delegates/cfn-deployer/index.js). */
const ASK_CLI_PARAMETERS = {
  SkillId: 'amzn1.ask.skill.00000000-0000-0000-0000-000000000000',
  LambdaRuntime: userConfig.runtime,
  LambdaHandler: userConfig.handler,
  CodeBucket: 'ask-sales-assistant-default-useast1-0',
  CodeKey: 'endpoint/build.zip',
  CodeVersion: 'v1',
};

/**
 * Findings that only show the linter's 2019 resource specification is older than the property: Lambda gained
 * Architectures in 2021. Anything else the linter says fails the test.
 */
const OUTDATED_SPEC = [/^Architectures is not a valid property of AWS::Lambda::Function$/];

/**
 * What the linter's 2019 specification lacks and the template uses, as the CloudFormation reference describes it
 * (https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-lambda-url.html,
 * .../aws-resource-lambda-permission.html): function URLs (2022) and a permission's conditions on them. Taught to the
 * linter before linting, so the rest of the resource is still checked (the linter throws on a type it does not know).
 */
const string = (required: boolean) => ({ PrimitiveType: 'String', Required: required, UpdateType: 'Mutable' });
cfnSpec.ResourceTypes['AWS::Lambda::Url'] ??= {
  Attributes: { FunctionArn: { PrimitiveType: 'String' }, FunctionUrl: { PrimitiveType: 'String' } },
  Properties: { AuthType: string(true), InvokeMode: string(false), Qualifier: string(false), TargetFunctionArn: string(true) },
};
Object.assign(cfnSpec.ResourceTypes['AWS::Lambda::Permission'].Properties, {
  FunctionUrlAuthType: string(false),
  InvokedViaFunctionUrl: { PrimitiveType: 'Boolean', Required: false, UpdateType: 'Immutable' },
});

function resourcesOfType(type: string) {
  return Object.entries(template.Resources).filter(([, r]) => r.Type === type);
}

function only<T>(items: T[], what: string): T {
  expect(items, what).to.have.length(1);
  return items[0]!;
}

const functions = resourcesOfType('AWS::Lambda::Function');
/** The skill's function runs the handler ask-cli passes; the MCP server's, the MCP bundle's. */
const [functionName, fn] = only(functions.filter(([, f]) => f.Properties.Handler?.Ref === 'LambdaHandler'), "the skill's function");
const [mcpName, mcp] = only(functions.filter(([, f]) => f.Properties.Handler === 'mcp.handler'), "the MCP server's function");
const [tableName, table] = only(resourcesOfType('AWS::DynamoDB::Table'), 'one DynamoDB table');
/** The log group named after a function. */
const logGroupOf = (name: string) => only(resourcesOfType('AWS::Logs::LogGroup').filter(([, g]) => g.Properties.LogGroupName?.['Fn::Sub'] === `/aws/lambda/\${${name}}`), `the log group of ${name}`);

describe('infrastructure: skill-stack.yaml', () => {
  it('passes cfn-lint with the parameters ask-cli and ask-resources.json pass, and no parameter left to guess', () => {
    const result = cfnLint.validateFile(templatePath, {
      parameters: { ...ASK_CLI_PARAMETERS, ...userConfig.cfn.parameters },
      guessParameters: [],
    });
    const findings = [...result.errors.crit, ...result.errors.warn].filter((e) => !OUTDATED_SPEC.some((re) => re.test(e.message)));
    expect(findings).to.deep.equal([]);
  });

  it('would be caught by cfn-lint if a property were misspelled (the lint above is not a no-op)', () => {
    const broken = structuredClone(template);
    broken.Resources[functionName]!.Properties.Timeuot = broken.Resources[functionName]!.Properties.Timeout;
    const result = cfnLint.validateJsonObject(broken, { parameters: { ...ASK_CLI_PARAMETERS, ...userConfig.cfn.parameters } });
    expect(result.errors.crit.map((e) => e.message)).to.include(`Timeuot is not a valid property of AWS::Lambda::Function`);
  });

  it('declares every parameter ask-cli passes, and defaults or receives every other one', () => {
    for (const name of Object.keys(ASK_CLI_PARAMETERS)) expect(template.Parameters, name).to.have.property(name);
    const passed = new Set([...Object.keys(ASK_CLI_PARAMETERS), ...Object.keys(userConfig.cfn.parameters)]);
    const unset = Object.entries(template.Parameters).filter(([name, p]) => p.Default === undefined && !passed.has(name));
    expect(unset.map(([name]) => name)).to.deep.equal([]);
  });

  it('outputs SkillEndpoint, the function ARN ask-cli writes into skill.json', () => {
    expect(template.Outputs.SkillEndpoint?.Value).to.deep.equal({ 'Fn::GetAtt': [functionName, 'Arn'] });
  });

  it('has exactly two functions: the skill and the MCP server', () => {
    expect(functions.map(([name]) => name).sort()).to.deep.equal([functionName, mcpName].sort());
  });

  describe('the Lambda function', () => {
    const props = fn.Properties;

    it('runs the code ask-cli uploaded, with the runtime and handler ask-cli passes', () => {
      expect(props.Code).to.deep.equal({ S3Bucket: { Ref: 'CodeBucket' }, S3Key: { Ref: 'CodeKey' }, S3ObjectVersion: { Ref: 'CodeVersion' } });
      expect(props.Runtime).to.deep.equal({ Ref: 'LambdaRuntime' });
      expect(props.Handler).to.deep.equal({ Ref: 'LambdaHandler' });
    });

    it('times out within the 8 s Alexa waits, with memory set and an architecture chosen', () => {
      expect(props.Timeout).to.be.a('number').within(1, 8);
      expect(props.MemorySize).to.be.a('number').within(256, 1024);
      expect(props.Architectures).to.deep.equal(['arm64']);
    });

    it('sets only variables the code reads (ENV_VARS), none of them reserved or local-only', () => {
      const names = Object.keys(props.Environment.Variables);
      expect(names.filter((n) => !(ENV_VARS as readonly string[]).includes(n))).to.deep.equal([]);
      // Lambda sets AWS_REGION itself and refuses it; DYNAMODB_ENDPOINT would point the skill at a local DynamoDB.
      expect(names).to.not.include.members(['AWS_REGION', 'DYNAMODB_ENDPOINT']);
    });

    it('passes the table, the skill id and every configuration parameter', () => {
      expect(props.Environment.Variables).to.deep.equal({
        DYNAMODB_TABLE: { Ref: tableName },
        SALESFORCE_LOGIN_URL: { Ref: 'SalesforceLoginUrl' },
        SALESFORCE_API_VERSION: { Ref: 'SalesforceApiVersion' },
        SKILL_ID: { Ref: 'SkillId' },
        LOG_LEVEL: { Ref: 'LogLevel' },
        WINS_LOSSES_REPORT_ID: { Ref: 'WinsLossesReportId' },
        SCHEDULE_MEETING_FLOW: { Ref: 'ScheduleMeetingFlow' },
      });
    });

    it('can be invoked by this skill only', () => {
      const [, permission] = only(resourcesOfType('AWS::Lambda::Permission').filter(([, p]) => p.Properties.FunctionName?.['Fn::GetAtt']?.[0] === functionName), 'one invoke permission');
      expect(permission.Properties).to.deep.equal({
        Action: 'lambda:InvokeFunction',
        FunctionName: { 'Fn::GetAtt': [functionName, 'Arn'] },
        Principal: 'alexa-appkit.amazon.com',
        EventSourceToken: { Ref: 'SkillId' },
      });
    });

    it('logs to its own log group, with retention', () => {
      const [, logGroup] = logGroupOf(functionName);
      expect(logGroup.Properties.RetentionInDays).to.be.a('number').above(0);
    });
  });

  describe("the MCP server's function", () => {
    const props = mcp.Properties;

    it("runs the MCP bundle from the skill's code zip, on the skill's runtime and architecture, with the skill's role", () => {
      expect(props.Code).to.deep.equal(fn.Properties.Code);
      expect(props.Handler).to.equal(`${basename(MCP_OUT_FILE, '.js')}.handler`);
      expect(props.Runtime).to.deep.equal({ Ref: 'LambdaRuntime' });
      expect(props.Architectures).to.deep.equal(['arm64']);
      expect(props.Role).to.deep.equal(fn.Properties.Role);
      expect(props.Timeout).to.be.a('number').within(8, 30);
    });

    it("passes the table and the skill's configuration, the public URL and the service client; sets only variables the code reads", () => {
      const { SKILL_ID: _skillOnly, ...skill } = fn.Properties.Environment.Variables;
      expect(props.Environment.Variables).to.deep.equal({
        ...skill,
        MCP_PUBLIC_URL: { Ref: 'McpPublicUrl' },
        MCP_CLIENT_ID: { Ref: 'McpClientId' },
        MCP_CLIENT_SECRET_SHA256: { Ref: 'McpClientSecretSha256' },
        MCP_TOKEN_KEY: { Ref: 'McpTokenKey' },
      });
      // The secret's hash and the signing key never show in the console or in describe-stacks.
      expect(template.Parameters.McpClientSecretSha256?.NoEcho).to.equal(true);
      expect(template.Parameters.McpTokenKey?.NoEcho).to.equal(true);
      expect(Object.keys(props.Environment.Variables).filter((n) => !(ENV_VARS as readonly string[]).includes(n))).to.deep.equal([]);
    });

    it('is reached through a public function URL, buffered, and may be invoked through that URL only', () => {
      const [urlName, url] = only(resourcesOfType('AWS::Lambda::Url'), 'one function URL');
      expect(url.Properties).to.deep.equal({ TargetFunctionArn: { 'Fn::GetAtt': [mcpName, 'Arn'] }, AuthType: 'NONE', InvokeMode: 'BUFFERED' });
      const permissions = resourcesOfType('AWS::Lambda::Permission').filter(([, p]) => p.Properties.FunctionName?.['Fn::GetAtt']?.[0] === mcpName).map(([, p]) => p.Properties);
      expect(permissions).to.have.deep.members([
        { Action: 'lambda:InvokeFunctionUrl', FunctionName: { 'Fn::GetAtt': [mcpName, 'Arn'] }, Principal: '*', FunctionUrlAuthType: 'NONE' },
        { Action: 'lambda:InvokeFunction', FunctionName: { 'Fn::GetAtt': [mcpName, 'Arn'] }, Principal: '*', InvokedViaFunctionUrl: true },
      ]);
      expect(template.Outputs.McpEndpoint?.Value).to.deep.equal({ 'Fn::Sub': `\${${urlName}.FunctionUrl}mcp` });
    });

    it('logs to its own log group, with retention', () => {
      expect(logGroupOf(mcpName)[1].Properties.RetentionInDays).to.be.a('number').above(0);
    });
  });

  describe('the state table', () => {
    it('has the key and TTL attribute lambda/src/state/table.ts uses: string key pk, expiresAt', () => {
      expect(table.Properties.KeySchema).to.deep.equal([{ AttributeName: 'pk', KeyType: 'HASH' }]);
      expect(table.Properties.AttributeDefinitions).to.deep.equal([{ AttributeName: 'pk', AttributeType: 'S' }]);
      expect(table.Properties.TimeToLiveSpecification).to.deep.equal({ AttributeName: 'expiresAt', Enabled: true });
    });

    it('is on demand, encrypted, recoverable to a point in time and kept when the stack goes', () => {
      expect(table.Properties.BillingMode).to.equal('PAY_PER_REQUEST');
      expect(table.Properties.SSESpecification).to.deep.equal({ SSEEnabled: true });
      expect(table.Properties.PointInTimeRecoverySpecification).to.deep.equal({ PointInTimeRecoveryEnabled: true });
      expect(table.DeletionPolicy).to.equal('Retain');
    });
  });

  describe("the function's role", () => {
    const roleName = fn.Properties.Role['Fn::GetAtt'][0] as string;
    const role = template.Resources[roleName]!;
    const statements: { Effect: string; Action: string | string[]; Resource: Json }[] = [
      ...(role.Properties.Policies ?? []).flatMap((p: Json) => p.PolicyDocument.Statement),
      ...resourcesOfType('AWS::IAM::Policy')
        .filter(([, p]) => p.Properties.Roles.some((r: Json) => r.Ref === roleName))
        .flatMap(([, p]) => p.Properties.PolicyDocument.Statement),
    ];
    const actions = (s: (typeof statements)[number]) => [s.Action].flat();

    it('is assumable by Lambda only and has no managed policies', () => {
      expect(role.Type).to.equal('AWS::IAM::Role');
      expect(role.Properties.AssumeRolePolicyDocument.Statement).to.deep.equal([
        { Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' },
      ]);
      expect(role.Properties).to.not.have.property('ManagedPolicyArns');
    });

    it('allows on the state table exactly the DynamoDB actions the code sends, and nothing else in DynamoDB', () => {
      // Each command class the skill sends is one IAM action (GetItemCommand → dynamodb:GetItem). A conditional put is
      // PutItem; ConditionCheckItem and UpdateItem would be needed only by commands the code does not send.
      const dynamo = statements.filter((s) => actions(s).some((a) => a.startsWith('dynamodb:')));
      expect(dynamo.map((s) => ({ ...s, Action: actions(s).sort() }))).to.deep.equal([
        { Effect: 'Allow', Action: dynamoActionsInCode(), Resource: { 'Fn::GetAtt': [tableName, 'Arn'] } },
      ]);
      expect(dynamoActionsInCode()).to.include.members(['dynamodb:GetItem', 'dynamodb:PutItem']);
    });

    it("allows writing to the functions' own log groups and nothing else besides", () => {
      const rest = statements.filter((s) => !actions(s).some((a) => a.startsWith('dynamodb:')));
      expect(rest.map((s) => ({ ...s, Action: actions(s).sort() }))).to.deep.equal([
        {
          Effect: 'Allow',
          Action: ['logs:CreateLogStream', 'logs:PutLogEvents'],
          Resource: [functionName, mcpName].map((name) => ({ 'Fn::GetAtt': [logGroupOf(name)[0], 'Arn'] })),
        },
      ]);
    });
  });
});

describe('infrastructure: ask-resources.json', () => {
  it('deploys with ask-cli v2 cfn-deployer from the template in this repo', () => {
    expect(askResources.askcliResourcesVersion).to.equal('2020-03-31');
    expect(infra.type).to.equal('@ask-cli/cfn-deployer');
    expect(userConfig.templatePath).to.equal('./infrastructure/cfn-deployer/skill-stack.yaml');
    expect(askResources.profiles.default.skillMetadata.src).to.equal('./skill-package');
    expect(askResources.profiles.default.code.default.src).to.equal('./lambda');
  });

  it('names the runtime the bundle targets', () => {
    const target = bundleOptions().target;
    expect(userConfig.runtime).to.equal(`nodejs${String(target).replace(/^node/, '')}.x`);
  });

  it('runs the tests on the Node the Lambda runs: the `node` dev dependency, and engines, say the same major', () => {
    const major = /^nodejs(\d+)\.x$/.exec(userConfig.runtime)?.[1];
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    expect(process.versions.node.split('.')[0], `tests on ${process.version}; run them with npm test`).to.equal(major);
    expect(pkg.devDependencies.node).to.match(new RegExp(`^\\^${major}\\.`));
    expect(pkg.engines.node).to.equal(`>=${major}`);
  });

  it('names a handler the bundle exports: <bundle file>.handler', async () => {
    const [file, exported] = String(userConfig.handler).split('.');
    expect(`${file}.js`).to.equal(basename(OUT_FILE));
    // Built as an ES module only to read the entry's export names from esbuild's metafile.
    const { metafile } = await build({ ...bundleOptions(), format: 'esm', write: false, metafile: true, sourcemap: false, minify: false });
    const output = Object.values(metafile.outputs).find((o) => o.entryPoint);
    expect(output?.exports).to.include(exported);
  });

  it("has the MCP server's handler in its own bundle: mcp.js exports handler", async () => {
    const { metafile } = await build({ ...bundleOptions(MCP_ENTRY, MCP_OUT_FILE), format: 'esm', write: false, metafile: true, sourcemap: false, minify: false });
    expect(Object.values(metafile.outputs).find((o) => o.entryPoint)?.exports).to.include('handler');
  });

  it('passes only parameters the template declares, none of them reserved by ask-cli, each one valid', () => {
    for (const [name, value] of Object.entries(userConfig.cfn.parameters as Record<string, string>)) {
      const declared = template.Parameters[name];
      expect(declared, name).to.not.equal(undefined);
      expect(Object.keys(ASK_CLI_PARAMETERS), name).to.not.include(name);
      if (declared!.AllowedPattern) expect(value, name).to.match(new RegExp(declared!.AllowedPattern));
      if (declared!.AllowedValues) expect(declared!.AllowedValues, name).to.include(value);
    }
  });

  it('acknowledges that the stack creates an IAM role', () => {
    expect(userConfig.cfn.capabilities).to.include('CAPABILITY_IAM');
    expect(resourcesOfType('AWS::IAM::Role')).to.not.have.length(0);
  });

  it('deploys to a region Alexa serves North America from', () => {
    expect(userConfig.awsRegion).to.equal('us-east-1');
  });
});
