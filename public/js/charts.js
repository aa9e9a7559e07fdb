// Draws every <canvas data-chart='{"type","labels","data","label"}'> with Chart.js (served locally).
document.addEventListener('DOMContentLoaded', () => {
  for (const canvas of document.querySelectorAll('canvas[data-chart]')) {
    const spec = JSON.parse(canvas.dataset.chart);
    // eslint-disable-next-line no-undef
    new Chart(canvas, {
      type: spec.type,
      data: {
        labels: spec.labels,
        datasets: [
          { label: spec.label, data: spec.data, backgroundColor: '#1f5fbf', borderColor: '#1f5fbf', tension: 0.2 },
        ],
      },
      options: {
        animation: false,
        plugins: { legend: { display: false } },
        scales: { y: { beginAtZero: true, ticks: { precision: 0 } } },
      },
    });
    canvas.dataset.rendered = 'true';
  }
});
