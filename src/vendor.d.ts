// Packages that ship no types of their own.
declare module 'role-based-email-addresses' {
  /** Local parts of role addresses (info, sales, admin …). */
  const roles: string[];
  export default roles;
}
