import type { Request, Response } from 'express';

/** The dashboard: the user's pipeline by status and new leads per week, drawn by Chart.js. */
export async function get(req: Request, res: Response) {
  const { pipeline, perWeek } = await req.services.leadActions.dashboard(req.user!);
  res.render('home', {
    title: 'Dashboard',
    pipeline,
    perWeek,
    pipelineChart: JSON.stringify({ type: 'bar', labels: pipeline.map((p) => p.label), data: pipeline.map((p) => p.count), label: 'Leads' }),
    weeklyChart: JSON.stringify({ type: 'line', labels: perWeek.map((w) => w.week), data: perWeek.map((w) => w.count), label: 'New leads' }),
  });
}
