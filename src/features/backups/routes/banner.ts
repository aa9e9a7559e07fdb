// Admins see a banner while a failed backup is unacknowledged (every page, until one of them acknowledges it).
import type { NextFunction, Request, Response } from 'express';
import type { BackupConsole } from '../console';

export const backupBanner =
  (backups: BackupConsole) =>
  async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    if (req.user?.role === 'admin' && req.method === 'GET') res.locals.failedBackups = await backups.alerts();
    next();
  };
