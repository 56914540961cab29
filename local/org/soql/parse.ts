/**
 * Parsing with @jetstreamapp/soql-parser-js, its errors turned into Salesforce's MALFORMED_QUERY. The parser
 * reports only the text of the token it stopped at; errors.ts locates it in the query.
 */
import { parseQuery, type Query } from '@jetstreamapp/soql-parser-js';
import type { SoqlErrors } from './errors';

/** The token a parser message says it found: "…but found: 'FROM'", "…but found --> '' <--", "…but found: 5". */
function foundToken(message: string): string | undefined {
  const match = /but found:? (?:--> )?'([^']*)'/.exec(message) ?? /but found: (\S+)/.exec(message);
  return match?.[1];
}

export function parseSoql(soql: string, errors: SoqlErrors): Query {
  try {
    return parseQuery(soql);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const lexing = /unexpected character: ->(.)<-/.exec(message);
    if (lexing) throw errors.unexpectedToken(lexing[1] ?? '');
    throw errors.unexpectedToken(foundToken(message) ?? '');
  }
}
