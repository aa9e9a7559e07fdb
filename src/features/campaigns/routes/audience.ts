// A campaign's audience as the form has it: the lead list's filters, checked field by field.
import type { Request } from 'express';
import { field, isIsoDay } from '../../../http/form';
import type { AudienceFilter, Campaign } from '../model';

/** The audience the form describes, and the problems beside its fields. */
export function audienceOf(req: Request): { audience: AudienceFilter; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const id = (name: string) => {
    const v = field(req, name);
    if (!v) return undefined;
    if (!/^\d{1,9}$/.test(v) || Number(v) === 0) errors[name] = 'Choose from the list.';
    return Number(v);
  };
  const text = (name: string, max: number) => {
    const v = field(req, name);
    if (v.length > max) errors[name] = `Use at most ${max} characters.`;
    return v || undefined;
  };
  const day = (name: string) => {
    const v = field(req, name);
    if (v && !isIsoDay(v)) errors[name] = 'Enter a date as YYYY-MM-DD.';
    return v || undefined;
  };
  const audience: AudienceFilter = {
    statusId: id('audienceStatus'),
    ownerId: id('audienceOwner'),
    teamId: id('audienceTeam'),
    tag: text('audienceTag', 50)?.toLowerCase(),
    source: text('audienceSource', 100),
    createdFrom: day('audienceFrom'),
    createdTo: day('audienceTo'),
  };
  if (audience.createdFrom && audience.createdTo && audience.createdFrom > audience.createdTo && !errors.audienceTo) {
    errors.audienceTo = 'The end date must be on or after the start date.';
  }
  return { audience: Object.fromEntries(Object.entries(audience).filter(([, v]) => v !== undefined)), errors };
}

/** The form values of a saved audience. */
export const audienceValues = (c: Campaign): Record<string, string> => ({
  audienceStatus: String(c.audience.statusId ?? ''),
  audienceOwner: String(c.audience.ownerId ?? ''),
  audienceTeam: String(c.audience.teamId ?? ''),
  audienceTag: c.audience.tag ?? '',
  audienceSource: c.audience.source ?? '',
  audienceFrom: c.audience.createdFrom ?? '',
  audienceTo: c.audience.createdTo ?? '',
});
