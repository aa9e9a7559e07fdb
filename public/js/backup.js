// A backup's page: while it is queued, dumping or verifying, its progress bar and phase refresh by themselves,
// and the page reloads once its state changes (verified or failed).
document.addEventListener('DOMContentLoaded', () => {
  const box = document.querySelector('[data-progress-url]');
  if (!box || !['queued', 'running', 'verifying'].includes(box.dataset.state)) return;
  const refresh = async () => {
    try {
      const res = await fetch(box.dataset.progressUrl, { headers: { accept: 'application/json' } });
      if (!res.ok) return;
      const p = await res.json();
      if (p.state !== box.dataset.state) return window.location.reload();
      const bar = box.querySelector('progress');
      if (bar) bar.value = p.percent;
      const percent = box.querySelector('[data-percent]');
      if (percent) percent.textContent = `${p.percent}%`;
      const phase = box.querySelector('[data-phase]');
      if (phase && p.phase) phase.textContent = p.phase;
    } catch {
      // the next tick tries again
    }
  };
  setInterval(refresh, 1000);
});
