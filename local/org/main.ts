/**
 * `npm run org [-- --port N] [-- --no-einstein] [-- --no-forecasting] [-- --https]`: the local Salesforce org alone,
 * with what a client needs to log in; `--no-einstein` runs it as an org without Sales Cloud Einstein (no insights, no
 * opportunity scores), `--no-forecasting` as one without Collaborative Forecasts (no forecast types, quotas or
 * forecast items); `--https` also serves the instance over HTTPS, with a self-signed certificate written to a file
 * for the client to trust.
 */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_PASSWORD, startOrg } from './index';

function port(): number {
  const flag = process.argv.indexOf('--port');
  const value = flag >= 0 ? process.argv[flag + 1] : process.env.ORG_PORT;
  const parsed = Number(value ?? 8585);
  if (!Number.isInteger(parsed) || parsed < 0 || parsed > 65535) throw new Error(`Not a port: ${value}`);
  return parsed;
}

async function main(): Promise<void> {
  const org = await startOrg({ port: port(), einstein: !process.argv.includes('--no-einstein'),
    forecasting: !process.argv.includes('--no-forecasting'), https: process.argv.includes('--https') });
  const rep = org.demo.users.find((u) => u.role === 'rep');
  const certificate = org.certificate && join(tmpdir(), 'sales-assistant-local-org.pem');
  if (certificate) writeFileSync(certificate, org.certificate!);
  const lines = [
    `Local Salesforce org "Summit Peak Supplies" at ${org.url}`,
    '',
    ...(certificate
      ? [`Login URL (login host): ${org.url}`, `Instance URL (HTTPS): ${org.instanceUrl}   certificate to trust: ${certificate} (e.g. NODE_EXTRA_CA_CERTS)`]
      : [`Login URL (login host and instance URL): ${org.url}`]),
    `  authorize: ${org.url}/services/oauth2/authorize   token: ${org.url}/services/oauth2/token`,
    `Client id:     ${org.demo.clientId}`,
    `Client secret: ${org.demo.clientSecret}`,
    '',
    'Users (same password for all):',
    ...org.demo.users.map((u) => `  ${u.username.padEnd(34)} ${u.name} (${u.role})`),
    `Password: ${DEMO_PASSWORD}`,
    '',
    `Report "Closed Won vs Lost This Quarter": ${org.demo.reports.winsLosses}   (GET /services/data/v66.0/analytics/reports/{id}?includeDetails=true)`,
    '',
    'jsforce:',
    `  const conn = new jsforce.Connection({ oauth2: { loginUrl: '${org.url}', clientId, clientSecret }, version: '66.0' });`,
    `  await conn.login('${rep?.username ?? ''}', '${DEMO_PASSWORD}');`,
    '',
    'Ctrl+C stops it.',
  ];
  console.log(lines.join('\n'));

  process.once('SIGINT', () => {
    void org.close().then(() => process.exit(0));
  });
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
