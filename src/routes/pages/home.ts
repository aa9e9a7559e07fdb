import type { Request, Response } from 'express';

const WEEKS = 12;

/**
 * Every week start (Monday, YYYY-MM-DD) from the week `WEEKS` weeks ago to this week, with the counts found
 * (weeks without new leads are 0, so the line chart's x axis is time, not just the weeks that had leads).
 */
export function fillWeeks(perWeek: { week: string; count: number }[], now = new Date()): { week: string; count: number }[] {
  const counts = new Map(perWeek.map((w) => [w.week, w.count]));
  const monday = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - ((now.getUTCDay() + 6) % 7)));
  const weeks: string[] = [];
  for (let i = WEEKS; i >= 0; i--) weeks.push(new Date(monday.getTime() - i * 7 * 86400_000).toISOString().slice(0, 10));
  // a week the database named differently (another session time zone) is kept rather than lost
  for (const w of counts.keys()) if (!weeks.includes(w)) weeks.push(w);
  return weeks.sort().map((week) => ({ week, count: counts.get(week) ?? 0 }));
}

const shortDay = (isoDay: string) => new Date(`${isoDay}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });

/** The dashboard: the user's pipeline by status and new leads per week, drawn by Chart.js. */
export async function get(req: Request, res: Response) {
  const { pipeline, perWeek: found } = await req.services.leadActions.dashboard(req.user!);
  const perWeek = fillWeeks(found);
  res.render('home', {
    title: 'Dashboard',
    pipeline,
    perWeek,
    pipelineChart: JSON.stringify({ type: 'bar', labels: pipeline.map((p) => p.label), data: pipeline.map((p) => p.count), label: 'Leads' }),
    // short labels ("23 Nov", the week's Monday) fit the axis without slanting
    weeklyChart: JSON.stringify({ type: 'line', labels: perWeek.map((w) => shortDay(w.week)), data: perWeek.map((w) => w.count), label: 'New leads' }),
  });
}
