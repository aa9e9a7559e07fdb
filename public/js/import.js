// /leads/import/:id: while the import waits or runs, its progress bar follows it (polling its JSON progress), and
// the page reloads once its state changes (to show the counts, the rejects download and undo).
document.addEventListener('DOMContentLoaded', () => {
  const bar = document.querySelector('#import-progress[data-progress-url]');
  if (!bar) return;
  const refresh = async () => {
    try {
      const res = await fetch(bar.dataset.progressUrl, { headers: { accept: 'application/json' } });
      if (!res.ok) return;
      const p = await res.json();
      if (p.state !== bar.dataset.state) return window.location.reload();
      bar.value = p.percent;
      document.querySelector('#import-done').textContent =
        `${p.done.toLocaleString('en')} of ${p.total.toLocaleString('en')} rows`;
    } catch {
      // the next tick tries again
    }
  };
  setInterval(refresh, 1000);
});
