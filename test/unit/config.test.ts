import { expect } from 'chai';
import { readConfig } from '../../lambda/src/config';

describe('configuration', () => {
  it('has production defaults', () => {
    const c = readConfig({});
    expect(c).to.include({
      salesforceLoginUrl: 'https://login.salesforce.com',
      salesforceApiVersion: '66.0',
      dynamodbTable: 'sales-assistant',
      awsRegion: 'us-east-1',
      logLevel: 'info',
      scheduleMeetingFlow: 'Schedule_Sales_Meeting',
    });
    expect(c.dynamodbEndpoint).to.equal(undefined);
    expect(c.winsLossesReportId).to.equal(undefined);
    expect(c.skillId).to.equal(undefined);
  });
  it('reads every variable and trims a trailing slash from the login URL', () => {
    const c = readConfig({
      SALESFORCE_LOGIN_URL: 'https://acme.my.salesforce.com/',
      SALESFORCE_API_VERSION: '62.0',
      DYNAMODB_TABLE: 't',
      DYNAMODB_ENDPOINT: 'http://127.0.0.1:8000',
      AWS_REGION: 'eu-west-1',
      SKILL_ID: 'amzn1.ask.skill.x',
      LOG_LEVEL: 'DEBUG',
      SCHEDULE_MEETING_FLOW: 'Team_Meeting',
      WINS_LOSSES_REPORT_ID: '00O5e000001AbCdEAF',
      MCP_PUBLIC_URL: 'https://mcp.example.com/',
    });
    expect(c).to.deep.equal({
      salesforceLoginUrl: 'https://acme.my.salesforce.com',
      salesforceApiVersion: '62.0',
      dynamodbTable: 't',
      dynamodbEndpoint: 'http://127.0.0.1:8000',
      awsRegion: 'eu-west-1',
      skillId: 'amzn1.ask.skill.x',
      logLevel: 'debug',
      scheduleMeetingFlow: 'Team_Meeting',
      winsLossesReportId: '00O5e000001AbCdEAF',
      mcpPublicUrl: 'https://mcp.example.com',
    });
  });
  it('rejects a malformed API version or log level', () => {
    expect(() => readConfig({ SALESFORCE_API_VERSION: 'v66' })).to.throw(/SALESFORCE_API_VERSION/);
    expect(() => readConfig({ LOG_LEVEL: 'loud' })).to.throw(/LOG_LEVEL/);
    expect(() => readConfig({ WINS_LOSSES_REPORT_ID: '006000000000001AAA' })).to.throw(/WINS_LOSSES_REPORT_ID/);
    expect(readConfig({ WINS_LOSSES_REPORT_ID: '' }).winsLossesReportId, 'an empty template parameter means unset').to.equal(undefined);
    expect(() => readConfig({ MCP_PUBLIC_URL: 'http://mcp.example.com' })).to.throw(/MCP_PUBLIC_URL/);
    expect(readConfig({ MCP_PUBLIC_URL: '' }).mcpPublicUrl, 'an empty template parameter means unset').to.equal(undefined);
  });
});
