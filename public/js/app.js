// Progressive enhancement only: every page works without JavaScript.
document.addEventListener('DOMContentLoaded', () => {
  // times are written in UTC; shown in the reader's own time zone (the UTC text stays as the title)
  const local = new Intl.DateTimeFormat(undefined, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'short',
  });
  for (const t of document.querySelectorAll('time[data-local]')) {
    const d = new Date(t.dateTime);
    if (Number.isNaN(d.getTime())) continue;
    t.title = t.textContent;
    t.textContent = local.format(d);
  }
  const summary = document.querySelector('.error-summary');
  if (summary) summary.focus();
  for (const form of document.querySelectorAll('form[data-confirm]')) {
    form.addEventListener('submit', (e) => {
      if (!window.confirm(form.dataset.confirm)) e.preventDefault();
    });
  }
});
