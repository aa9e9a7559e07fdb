// The "affects" / "tell" checkboxes of the maintenance and incident forms: the roles ticked (none: everyone).
import type { Request } from 'express';
import { listField } from '../../../http/form';
import { pickRoles, type Role } from '../../accounts';

export const ROLES_ERROR = 'Choose roles from the list.';

/** The roles ticked, sorted and unique (null: none ticked, everyone), or undefined when one is not a role. */
export const rolesField = (req: Request): Role[] | null | undefined => pickRoles(listField(req, 'roles'));
