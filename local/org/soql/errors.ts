/**
 * SOQL errors as the REST API words them. Salesforce prefixes a query error with the offending line, a caret
 * and "ERROR at Row:r:Column:c"; the parser does not report positions, so the position is that of the first
 * occurrence of the offending token (good enough for the one-token mistakes clients make).
 */
import { SalesforceError } from '../types';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** "\n<line>\n   ^\nERROR at Row:1:Column:4\n<message>", or the bare message when the token is not found. */
function located(soql: string, token: string | undefined, message: string): string {
  let offset = -1;
  if (token === '') offset = soql.length;
  else if (token !== undefined) {
    const match = new RegExp(`(?<![\\w.])${escapeRegExp(token)}(?![\\w])`, 'i').exec(soql) ?? new RegExp(escapeRegExp(token), 'i').exec(soql);
    offset = match?.index ?? -1;
  }
  if (offset < 0) return message;
  const before = soql.slice(0, offset);
  const row = before.split('\n').length;
  const lineStart = before.lastIndexOf('\n') + 1;
  const lineEnd = soql.indexOf('\n', offset);
  const line = soql.slice(lineStart, lineEnd < 0 ? undefined : lineEnd);
  const column = offset - lineStart + 1;
  return `\n${line}\n${' '.repeat(column - 1)}^\nERROR at Row:${row}:Column:${column}\n${message}`;
}

/** The query text the errors point into; one per query, so the builders need not pass it around. */
export class SoqlErrors {
  constructor(private readonly soql: string) {}

  /** `token` '' means the end of the query. [unsure] Salesforce quotes the token in newer API versions only. */
  unexpectedToken(token: string): SalesforceError {
    return this.malformed(`unexpected token: '${token === '' ? '<EOF>' : token}'`, token);
  }

  malformed(message: string, token?: string): SalesforceError {
    return new SalesforceError('MALFORMED_QUERY', located(this.soql, token, message), 400);
  }

  noSuchColumn(field: string, entity: string): SalesforceError {
    return this.invalidField(
      `No such column '${field}' on entity '${entity}'. If you are attempting to use a custom field, be sure to append the '__c' after the custom field name. Please reference your WSDL or the describe call for the appropriate names.`,
      field,
    );
  }

  unknownRelationship(relationship: string, token: string): SalesforceError {
    return this.invalidField(
      `Didn't understand relationship '${relationship}' in field path. If you are attempting to use a custom relationship, be sure to append the '__r' after the custom relationship name. Please reference your WSDL or the describe call for the appropriate names.`,
      token,
    );
  }

  invalidField(message: string, token?: string): SalesforceError {
    return new SalesforceError('INVALID_FIELD', located(this.soql, token, message), 400);
  }

  invalidType(sObject: string): SalesforceError {
    return new SalesforceError('INVALID_TYPE', located(this.soql, sObject,
      `sObject type '${sObject}' is not supported. If you are attempting to use a custom object, be sure to append the '__c' after the entity name. Please reference your WSDL or the describe call for the appropriate names.`), 400);
  }

  /** A filter value of the wrong kind: `value of filter criterion for field 'Amount' must be of type double and should not be enclosed in quotes`. */
  filterType(field: string, type: string, quoted: boolean, token?: string): SalesforceError {
    return this.invalidField(
      `value of filter criterion for field '${field}' must be of type ${type} and should ${quoted ? 'not ' : ''}be enclosed in quotes`, token,
    );
  }

  invalidId(value: string): SalesforceError {
    return new SalesforceError('INVALID_QUERY_FILTER_OPERATOR', located(this.soql, value, `invalid ID field: ${value}`), 400);
  }
}
