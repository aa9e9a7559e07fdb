// The "affects" / "tell" checkboxes of the maintenance and incident forms: the roles ticked (none: everyone).
import type { Request } from 'express';
import { listField } from '../../../http/form';
import { ROLES, type Role } from '../../accounts';

export const ROLES_ERROR = 'Choose roles from the list.';

/** The roles ticked, sorted and unique (null: none ticked, everyone), or undefined when one is not a role. */
export function rolesField(req: Request): Role[] | null | undefined {
  const roles = listField(req, 'roles');
  if (roles.some((r) => !(ROLES as readonly string[]).includes(r))) return undefined;
  return roles.length ? [...new Set(roles as Role[])].sort() : null;
}
