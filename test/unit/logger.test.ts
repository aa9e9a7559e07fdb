// The text of an error as the worker logs it: no e-mail addresses, and a bounded length that keeps the cause.
import { expect } from 'chai';
import { errorText } from '../../src/platform/logger';
import { loggedPath } from '../../src/http/middleware/requestContext';

describe('errorText (log lines of failed jobs)', () => {
  it('takes out e-mail addresses, as an SMTP refusal quotes them', () => {
    const err = new Error("Can't send mail - all recipients were rejected: 550 5.1.1 <jane.doe@example.org>: unknown");
    expect(errorText(err)).to.equal("Can't send mail - all recipients were rejected: 550 5.1.1 <[address]>: unknown");
  });

  it('keeps a short message whole, and the start and the cause of a long one', () => {
    expect(errorText(new Error('connection refused'))).to.equal('connection refused');
    const sql = `insert into "campaign_recipients" values ${'($1, $2), '.repeat(2000)} - deadlock detected`;
    const text = errorText(new Error(sql));
    expect(text.length).to.be.below(300);
    expect(text)
      .to.match(/^insert into "campaign_recipients"/)
      .and.match(/deadlock detected$/);
  });
});

describe('loggedPath (request log lines)', () => {
  it('keeps no query string and no link token', () => {
    expect(loggedPath('/leads?q=jane@example.org')).to.equal('/leads');
    expect(loggedPath('/contact/confirm/abc123XYZ')).to.equal('/contact/confirm/:token');
    expect(loggedPath('/password/reset/s3cret?x=1')).to.equal('/password/reset/:token');
    expect(loggedPath('/invite/tok')).to.equal('/invite/:token');
    expect(loggedPath('/u/tok')).to.equal('/u/:token');
    expect(loggedPath('/users/12')).to.equal('/users/12');
  });
});
