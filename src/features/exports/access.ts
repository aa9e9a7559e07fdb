// Who may see and download an export: only the user who asked for it, whatever their role (an administrator
// cannot download another user's data either). Anyone else is told it does not exist (404).
import type { DataExport } from './model';

export const owns = (user: { id: number }, e: Pick<DataExport, 'createdBy'>) => e.createdBy === user.id;
