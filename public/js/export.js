// /account/export: while an export is waiting or being built, its progress bar follows the build (polling its
// JSON progress), and the page reloads once its state changes (to show the download link).
document.addEventListener('DOMContentLoaded', () => {
  const rows = [...document.querySelectorAll('tr[data-progress-url]')];
  if (!rows.length) return;
  const refresh = async () => {
    for (const row of rows) {
      try {
        const res = await fetch(row.dataset.progressUrl, { headers: { accept: 'application/json' } });
        if (!res.ok) continue;
        const p = await res.json();
        if (p.state !== row.dataset.state) return window.location.reload();
        row.querySelector('progress').value = p.percent;
        row.querySelector('[data-percent]').textContent = `${p.percent}%`;
        const count = row.querySelector('[data-rows]');
        if (count) count.textContent = `${p.rowsDone.toLocaleString('en')} of ${p.rowsTotal.toLocaleString('en')}`;
      } catch {
        // the next tick tries again
      }
    }
  };
  setInterval(refresh, 1000);
});
