import type { Request, Response } from 'express';
import type { LeadsDeps } from './deps';

export function dashboardPage(d: LeadsDeps) {
  const { dashboard } = d;
  const shortDay = (isoDay: string) =>
    new Date(`${isoDay}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });

  /** The dashboard: the user's pipeline by status and new leads per week, drawn by Chart.js. */
  async function get(req: Request, res: Response) {
    const { pipeline, perWeek } = await dashboard.forUser(req.user!);
    res.render('home', {
      title: 'Dashboard',
      pipeline,
      perWeek,
      pipelineChart: JSON.stringify({
        type: 'bar',
        labels: pipeline.map((p) => p.label),
        data: pipeline.map((p) => p.count),
        label: 'Leads',
      }),
      // short labels ("23 Nov", the week's Monday) fit the axis without slanting
      weeklyChart: JSON.stringify({
        type: 'line',
        labels: perWeek.map((w) => shortDay(w.week)),
        data: perWeek.map((w) => w.count),
        label: 'New leads',
      }),
    });
  }

  return { get };
}
