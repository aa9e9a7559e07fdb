// Draws every <canvas data-chart='{"type","labels","data","label"}'> with Chart.js (served locally); a chart
// with "datasets": [{ "label", "data", "color" }] draws one line or bar per dataset, with a legend.
document.addEventListener('DOMContentLoaded', () => {
  for (const canvas of document.querySelectorAll('canvas[data-chart]')) {
    const spec = JSON.parse(canvas.dataset.chart);
    const datasets = (spec.datasets || [{ label: spec.label, data: spec.data, color: '#1f5fbf' }]).map((d) => ({
      label: d.label,
      data: d.data,
      backgroundColor: d.color,
      borderColor: d.color,
      tension: 0.2,
    }));
    // eslint-disable-next-line no-undef
    new Chart(canvas, {
      type: spec.type,
      data: { labels: spec.labels, datasets },
      options: {
        animation: false,
        plugins: { legend: { display: datasets.length > 1 } },
        scales: {
          x: { stacked: Boolean(spec.stacked) },
          y: { stacked: Boolean(spec.stacked), beginAtZero: true, ticks: { precision: 0 } },
        },
      },
    });
    canvas.dataset.rendered = 'true';
  }
});
