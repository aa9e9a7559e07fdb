// The organisation's shape: teams (who shares leads) and the lead statuses admins may rename and add.
export interface Team {
  id: number;
  name: string;
  members: number;
}

export interface LeadStatus {
  id: number;
  key: string;
  label: string;
  position: number;
}
