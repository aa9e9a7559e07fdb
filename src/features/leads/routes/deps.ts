// What the leads controllers are given by the route factory (never through the request).
import type { LeadActionService } from '../actions';
import type { DashboardService } from '../dashboard';
import type { LeadListService } from '../list';
import type { LeadService } from '../service';

export interface LeadsDeps {
  leads: LeadService;
  leadActions: LeadActionService;
  leadList: LeadListService;
  dashboard: DashboardService;
  /** Local phone numbers are read as this country's (DEFAULT_PHONE_COUNTRY). */
  phoneCountry: string;
  /** A lead not verified for this many days is stale (LEAD_STALE_DAYS). */
  staleDays: number;
}
