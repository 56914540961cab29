// The cold-start baseline: what a Lambda bundle would hold without care for what it imports — all of
// ask-sdk-core, the whole jsforce package and the DynamoDB client. bench/run.ts bundles it beside the real one.
import * as askSdk from 'ask-sdk-core';
import * as dynamodb from '@aws-sdk/client-dynamodb';
import jsforce from 'jsforce';

export const handler = askSdk.SkillBuilders.custom().lambda();
export const clients = { dynamodb: new dynamodb.DynamoDBClient({}), jsforce };
