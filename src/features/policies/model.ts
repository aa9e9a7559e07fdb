// Policies: the Terms of Use and the Privacy Policy, in versions.
export type PolicyKind = 'terms' | 'privacy';
export interface PolicyVersion {
  kind: PolicyKind;
  version: number;
  title: string;
  body: string;
  publishedAt: Date;
}
