import { expect } from 'chai';
import { SalesforceError } from '../../local/org/types';
import { fixture, type Fixture } from './soqlFixture';

describe('SOQL errors', () => {
  let f: Fixture;
  before(() => { f = fixture(); });

  function error(soql: string): SalesforceError {
    try {
      f.query(soql);
    } catch (caught) {
      expect(caught).to.be.instanceOf(SalesforceError);
      return caught as SalesforceError;
    }
    throw new Error(`expected ${soql} to fail`);
  }

  it('a syntax error is MALFORMED_QUERY pointing at the unexpected token', () => {
    const e = error('SELECT Id, FROM Account');
    expect(e).to.include({ errorCode: 'MALFORMED_QUERY', status: 400 });
    expect(e.message).to.equal("\nSELECT Id, FROM Account\n           ^\nERROR at Row:1:Column:12\nunexpected token: 'FROM'");
    expect(error('SELECT Id FROM Account WHERE').message).to.match(/unexpected token: '<EOF>'$/);
    expect(error('SELECT Id FROM Account LIMIT 5 5').errorCode).to.equal('MALFORMED_QUERY');
    expect(error('SELECT Id FROM Account WHERE Name = "Acme"').message).to.match(/unexpected token: '"'$/);
  });

  it('an unknown field is INVALID_FIELD in Salesforce\'s words', () => {
    const e = error('SELECT Id, Foo FROM Opportunity');
    expect(e).to.include({ errorCode: 'INVALID_FIELD', status: 400 });
    expect(e.message).to.match(/\nERROR at Row:1:Column:12\nNo such column 'Foo' on entity 'Opportunity'\. If you are attempting to use a custom field, be sure to append the '__c' after the custom field name\. Please reference your WSDL or the describe call for the appropriate names\.$/);
    expect(error("SELECT Id FROM Opportunity WHERE Foo = 'x'").errorCode).to.equal('INVALID_FIELD');
    expect(error('SELECT Id FROM Opportunity ORDER BY Foo').errorCode).to.equal('INVALID_FIELD');
    expect(error('SELECT Account.Foo FROM Opportunity').message).to.match(/No such column 'Account\.Foo' on entity 'Account'/);
    expect(error('SELECT What.Industry FROM Event').message).to.match(/No such column 'What\.Industry' on entity 'Name'/);
  });

  it('an unknown relationship is INVALID_FIELD', () => {
    expect(error('SELECT Acount.Name FROM Opportunity').message).to.match(/Didn't understand relationship 'Acount' in field path/);
    const child = error('SELECT Name, (SELECT Id FROM Opportunitys) FROM Account');
    expect(child.errorCode).to.equal('INVALID_FIELD');
    expect(child.message).to.match(/Didn't understand relationship 'Opportunitys' in FROM part of query call/);
  });

  it('an unknown object is INVALID_TYPE', () => {
    const e = error('SELECT Id FROM Foo');
    expect(e).to.include({ errorCode: 'INVALID_TYPE', status: 400 });
    expect(e.message).to.match(/sObject type 'Foo' is not supported\. If you are attempting to use a custom object, be sure to append the '__c' after the entity name\./);
    expect(error('SELECT Id FROM Account WHERE Id IN (SELECT AccountId FROM Oportunity)').errorCode).to.equal('INVALID_TYPE');
  });

  it('an OFFSET above 2000 is NUMBER_OUTSIDE_VALID_RANGE', () => {
    const e = error('SELECT Id FROM Account OFFSET 2001');
    expect(e).to.include({ errorCode: 'NUMBER_OUTSIDE_VALID_RANGE', message: 'Maximum SOQL offset allowed is 2000' });
    expect(f.query('SELECT Id FROM Account OFFSET 2000').totalSize).to.equal(0);
  });

  it('a backslash that is not a known escape is MALFORMED_QUERY; \\% and \\_ only mean something in LIKE', () => {
    expect(error("SELECT Id FROM Account WHERE Name = 'a\\qb'").errorCode).to.equal('MALFORMED_QUERY');
    expect(error("SELECT Id FROM Account WHERE Name = '100\\%'").errorCode).to.equal('MALFORMED_QUERY');
    expect(error("SELECT Id FROM Account WHERE Name = '\\u00'").errorCode).to.equal('MALFORMED_QUERY');
  });

  it('AND and OR at one level without parentheses is MALFORMED_QUERY', () => {
    expect(error("SELECT Id FROM Account WHERE Name = 'a' OR Name = 'b' AND Name = 'c'").message).to.match(/unexpected token: 'AND'$/);
    expect(f.query("SELECT Id FROM Account WHERE Name = 'a' OR Name = 'b' OR Name = 'Acme'").totalSize).to.equal(1);
  });

  it('a filter value of the wrong type is INVALID_FIELD', () => {
    expect(error("SELECT Id FROM Opportunity WHERE Amount = '5'").message)
      .to.match(/value of filter criterion for field 'Amount' must be of type double and should not be enclosed in quotes$/);
    expect(error("SELECT Id FROM Opportunity WHERE CloseDate = '2026-01-01'").message).to.match(/must be of type date and should not be enclosed in quotes$/);
    expect(error('SELECT Id FROM Opportunity WHERE CreatedDate > 2026-01-01').message).to.match(/field 'CreatedDate' must be of type dateTime/);
    expect(error('SELECT Id FROM Opportunity WHERE Name = 5').message).to.match(/must be of type string and should be enclosed in quotes$/);
    expect(error("SELECT Id FROM Opportunity WHERE IsWon = 'true'").errorCode).to.equal('INVALID_FIELD');
    expect(error('SELECT Id FROM Opportunity WHERE Amount LIKE 5').errorCode).to.equal('INVALID_FIELD');
  });

  it('a malformed id literal is INVALID_QUERY_FILTER_OPERATOR', () => {
    const e = error("SELECT Id FROM Opportunity WHERE AccountId = 'abc'");
    expect(e.errorCode).to.equal('INVALID_QUERY_FILTER_OPERATOR');
    expect(e.message).to.match(/invalid ID field: abc$/);
  });

  it('aggregate queries: a field neither grouped nor aggregated, SUM of text', () => {
    expect(error('SELECT Name, COUNT(Id) FROM Opportunity GROUP BY StageName').message).to.match(/Field must be grouped or aggregated: Name$/);
    expect(error('SELECT SUM(Name) FROM Opportunity').errorCode).to.equal('MALFORMED_QUERY');
  });

  it('HOUR_IN_DAY needs a datetime field', () => {
    expect(error('SELECT Id FROM Opportunity WHERE HOUR_IN_DAY(CloseDate) = 1').errorCode).to.equal('MALFORMED_QUERY');
  });

  it('a semi-join must select one id field', () => {
    expect(error('SELECT Id FROM Account WHERE Id IN (SELECT Name FROM Opportunity)').errorCode).to.equal('MALFORMED_QUERY');
  });

  it('USING SCOPE other than mine or everything is refused', () => {
    expect(error('SELECT Id FROM Account USING SCOPE team').errorCode).to.equal('MALFORMED_QUERY');
  });
});
