// Campaign messages: Markdown (raw HTML off) to HTML and text parts, merge fields with fallbacks, escaping.
import { expect } from 'chai';
import { mergeTags, render, unknownFields } from '../../src/features/campaigns/render';
import { draftProblems } from '../../src/features/campaigns/service';

const ada = { firstName: 'Ada', lastName: 'Lovelace', company: 'Analytical Engines', jobTitle: null };
const draft = (body: string, subject = 'Hello {{firstName}}') => ({
  name: 'Spring',
  subject,
  senderName: 'Sam',
  body,
  audience: {},
});

describe('campaign rendering', () => {
  it('renders Markdown to HTML and keeps the Markdown, filled in, as the text part', () => {
    const r = render(draft('Hi **{{firstName}}**,\n\n- one\n- two\n\n[Our site](https://valley.example)'), ada);
    expect(r.ok).to.equal(true);
    if (!r.ok) return;
    expect(r.subject).to.equal('Hello Ada');
    expect(r.html)
      .to.contain('<strong>Ada</strong>')
      .and.contain('<li>one</li>')
      .and.contain('<a href="https://valley.example">Our site</a>');
    expect(r.text).to.equal('Hi **Ada**,\n\n- one\n- two\n\n[Our site](https://valley.example)');
  });

  it('uses a fallback when the recipient has no value, and names the fields missing without one', () => {
    const withFallback = render(draft('Dear {{jobTitle|colleague}} at {{company}}'), ada);
    expect(withFallback.ok && withFallback.text).to.equal('Dear colleague at Analytical Engines');
    const missing = render(draft('Dear {{jobTitle}}', 'For {{company}}'), { ...ada, company: '  ' });
    expect(missing).to.deep.equal({ ok: false, missing: ['company', 'jobTitle'] });
  });

  it('shows raw HTML in the body as text, and escapes a lead’s data in the HTML part', () => {
    const r = render(draft('<script>alert(1)</script> {{company}}'), { ...ada, company: '<b>Evil & Co</b> **bold**' });
    expect(r.ok).to.equal(true);
    if (!r.ok) return;
    expect(r.html).to.not.contain('<script>').and.not.contain('<b>');
    expect(r.html).to.contain('&lt;script&gt;').and.contain('&lt;b&gt;Evil &amp; Co&lt;/b&gt; **bold**');
    expect(r.text).to.contain('<b>Evil & Co</b> **bold**');
  });

  it('keeps a subject on one line whatever the merge data holds', () => {
    const r = render(draft('x', 'News for {{company}}'), { ...ada, company: 'Acme\r\nBcc: all@example.com' });
    expect(r.ok && r.subject).to.equal('News for Acme Bcc: all@example.com');
  });

  it('finds merge tags and the unknown ones', () => {
    expect(mergeTags('{{ firstName }} {{company|your team}}')).to.deep.equal([
      { field: 'firstName', fallback: undefined },
      { field: 'company', fallback: 'your team' },
    ]);
    expect(unknownFields('{{firstName}} {{email}} {{email}} {{ phone|x }}')).to.deep.equal(['email', 'phone']);
  });

  it('treats names an object has by inheritance (constructor, toString, __proto__) as unknown merge fields', () => {
    expect(unknownFields('{{constructor}} {{toString}} {{__proto__}} {{firstName}}')).to.deep.equal([
      'constructor',
      'toString',
      '__proto__',
    ]);
    expect(draftProblems(draft('Hi {{constructor|x}}')).body).to.contain('Unknown merge field {{constructor}}');
  });

  it('keeps each value on its own tag even when the body holds the placeholder characters', () => {
    const r = render(draft('A {\uE000{firstName}} B {{company}} C\uE0010\uE001'), ada);
    expect(r.ok).to.equal(true);
    if (!r.ok) return;
    expect(r.text).to.equal('A Ada B Analytical Engines C0');
    expect(r.html).to.equal('<p>A Ada B Analytical Engines C0</p>\n');
    expect(unknownFields('{\uE000{bogus}}'), 'validated as rendered').to.deep.equal(['bogus']);
  });

  it('refuses merge fields inside a link address, where Markdown would encode them away', () => {
    for (const body of [
      '[x](https://a.example/?n={{firstName}})',
      '<https://a.example/{{company}}>',
      'see https://a.example/{{firstName}}',
    ]) {
      expect(draftProblems(draft(body)).body, body).to.equal(
        'Merge fields cannot be used inside a link address: put them in the text.',
      );
    }
    expect(draftProblems(draft('[Hi {{firstName}}](https://a.example/)')), 'in the link text').to.deep.equal({});
  });

  it('refuses drafts with empty or over-long fields, multi-line subjects and unknown merge fields', () => {
    expect(draftProblems(draft('Hi'))).to.deep.equal({});
    const e = draftProblems({
      name: '',
      subject: 'Hi\r\nBcc: x@example.com',
      senderName: 'x'.repeat(101),
      body: 'Hi {{email}}',
      audience: {},
    });
    expect(Object.keys(e).sort()).to.deep.equal(['body', 'name', 'senderName', 'subject']);
    expect(e.subject).to.equal('The subject must be one line.');
    expect(e.body).to.contain('Unknown merge field {{email}}');
    expect(draftProblems(draft('x'.repeat(50_001))).body).to.equal('Use at most 50,000 characters.');
  });
});
