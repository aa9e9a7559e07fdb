// /compliance/requests: the officers' queue (state filter, overdue and due-this-week highlighted, the chart) and a
// request's page: details, events, notes, state changes, reply, extension, the attachment, and links to the
// person's access report and erasure (the subjects feature's pages, found by the address's blind index).
import type { Request, Response } from 'express';
import { actorOf, field, formAction, pathId, type Rerender } from '../../../http/form';
import { paths, url } from '../../../http/paths';
import type { PrivacyDesk } from '../desk';
import { KINDS, KIND_LABELS, STATE_LABELS, type MonthFigures } from '../model';

const COLORS = ['#1f5fbf', '#2e8540', '#b35c00', '#b30000', '#6f3fb3', '#5c5c5c'];

export function chartSpecs(figures: MonthFigures[]) {
  const labels = figures.map((f) => f.month);
  return {
    byKind: JSON.stringify({
      type: 'bar',
      stacked: true,
      labels,
      datasets: KINDS.map((k, i) => ({
        label: KIND_LABELS[k],
        data: figures.map((f) => f.byKind[k]),
        color: COLORS[i],
      })),
    }),
    days: JSON.stringify({
      type: 'line',
      labels,
      datasets: [
        { label: 'Median days to answer', data: figures.map((f) => f.medianDays), color: COLORS[0] },
        { label: 'Average days to answer', data: figures.map((f) => f.averageDays), color: COLORS[2] },
      ],
    }),
  };
}

export function requestPages(desk: PrivacyDesk) {
  async function list(req: Request, res: Response) {
    const q = req.query.state;
    const states = (Array.isArray(q) ? q : [q]).filter((s): s is string => typeof s === 'string' && s !== '');
    res.render('privacy/requests', {
      title: 'Privacy requests',
      rows: await desk.queue(states),
      states,
      stateLabels: STATE_LABELS,
      kindLabels: KIND_LABELS,
      charts: chartSpecs(await desk.chart()),
    });
  }

  async function chart(_req: Request, res: Response) {
    res.set('cache-control', 'no-store').json(await desk.chart());
  }

  const renderShow: Rerender = async (req, res, errors, values) => {
    const shown = await desk.show(pathId(req.params.id));
    const who = { kind: 'e', bidx: shown.request.emailBidx };
    res.status(Object.keys(errors).length ? 400 : 200).render('privacy/request', {
      title: `Privacy request ${shown.request.reference}`,
      ...shown,
      // the report carries the request, so an erasure made from it records its outcome on the request
      subject: {
        report: `${url(paths.compliance.subject, who)}?request=${shown.request.id}`,
        json: url(paths.compliance.subjectJson, who),
        erase: url(paths.compliance.subjectErase, who),
      },
      stateLabels: STATE_LABELS,
      kindLabels: KIND_LABELS,
      errors,
      values,
    });
  };

  const back = (req: Request) => url(paths.compliance.request, { id: pathId(req.params.id) });
  const id = (req: Request) => pathId(req.params.id);
  const note = formAction(
    (req) => desk.addNote(id(req), field(req, 'note'), actorOf(req)),
    renderShow,
    'Note added.',
    back,
  );
  const state = formAction(
    (req) => desk.changeState(id(req), field(req, 'state'), field(req, 'reason'), actorOf(req)),
    renderShow,
    'State changed.',
    back,
  );
  const reply = formAction(
    (req) => desk.reply(id(req), field(req, 'reply'), actorOf(req)),
    renderShow,
    'Reply sent to the requester.',
    back,
  );
  const extend = formAction(
    (req) => desk.extend(id(req), field(req, 'months'), field(req, 'extensionReason'), actorOf(req)),
    renderShow,
    'Due date extended; the requester is told by e-mail.',
    back,
  );

  async function attachment(req: Request, res: Response) {
    const a = await desk.attachment(id(req), actorOf(req));
    res.set({
      'content-type': a.type,
      'content-disposition': `attachment; filename="${a.name.replace(/[^\w.-]+/g, '_')}"`,
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-store',
    });
    res.send(a.content);
  }

  return {
    list,
    chart,
    show: (req: Request, res: Response) => renderShow(req, res, {}, {}),
    note,
    state,
    reply,
    extend,
    attachment,
  };
}
