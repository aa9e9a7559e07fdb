// Request input cleaning: control characters never reach a service or PostgreSQL (which refuses NUL in text).
import { expect } from 'chai';
import { parseQuery, withoutControlCharacters } from '../../src/http/middleware/parsing';

describe('request input without control characters', () => {
  it('removes NUL, the other C0 controls and DEL, and keeps tab, line feed and carriage return', () => {
    expect(withoutControlCharacters('A\u0000d\u0007a\u001b\u007f')).to.equal('Ada');
    expect(withoutControlCharacters('line one\r\nline two\tend')).to.equal('line one\r\nline two\tend');
    expect(withoutControlCharacters('Zoë Ørsted 李')).to.equal('Zoë Ørsted 李');
  });

  it('cleans every value of a form body, arrays and keys included, and leaves other types alone', () => {
    expect(withoutControlCharacters({ 'first\u0000Name': 'A\u0000da', ids: ['1\u0000', '2'], n: 3 })).to.deep.equal({
      firstName: 'Ada',
      ids: ['1', '2'],
      n: 3,
    });
  });

  it("parses query strings like Express's simple parser, cleaned", () => {
    expect(parseQuery('q=sm%00ith&status=&tag=a&tag=b%07')).to.deep.equal({ q: 'smith', status: '', tag: ['a', 'b'] });
  });
});
