// A campaign's page: while it is scheduled or being sent, its progress refreshes by itself (counts, progress bar,
// state), and the page reloads once the state changes; times shown in UTC get the reader's local time beside them.
document.addEventListener('DOMContentLoaded', () => {
  for (const t of document.querySelectorAll('time[data-local]')) {
    const local = new Date(t.getAttribute('datetime'));
    if (!Number.isNaN(local.getTime())) {
      const span = document.createElement('span');
      span.className = 'local-time';
      span.textContent = ` (your time: ${local.toLocaleString()})`;
      t.after(span);
    }
  }
  const progress = document.querySelector('[data-progress-url]');
  if (!progress) return;
  const state = progress.dataset.state;
  const refresh = async () => {
    try {
      const res = await fetch(progress.dataset.progressUrl, { headers: { accept: 'application/json' } });
      if (!res.ok) return;
      const p = await res.json();
      if (p.state !== state) return window.location.reload();
      for (const [key, n] of Object.entries(p.byState)) {
        const cell = progress.querySelector(`[data-count="${key}"]`);
        if (cell) cell.textContent = n.toLocaleString('en');
      }
      const bar = progress.querySelector('progress');
      if (!bar) return; // a scheduled campaign: only its state is watched
      bar.value = p.percent;
      progress.querySelector('[data-percent]').textContent = `${p.percent}%`;
    } catch {
      // the next tick tries again
    }
  };
  setInterval(refresh, 2000);
});
