// The lead access rule as a pure policy: who may read, change, change compliance fields of, and be given a lead.
import { expect } from 'chai';
import {
  allows,
  canChangeCompliance,
  canWrite,
  complianceScope,
  mayBeGivenLead,
  readScope,
  writeScope,
} from '../../src/features/leads/access';

const staff = { id: 1, role: 'staff' as const, teamId: 10 };
const loner = { id: 2, role: 'staff' as const, teamId: null };
const admin = { id: 3, role: 'admin' as const, teamId: null };
const officer = { id: 4, role: 'compliance' as const, teamId: 10 };
const lead = (ownerId: number, teamId: number | null) => ({ ownerId, teamId });

describe('lead access policy', () => {
  it('lets staff read and change the leads they own or their team has, and no others', () => {
    expect(allows(readScope(staff), lead(1, null)), 'own').to.equal(true);
    expect(allows(readScope(staff), lead(9, 10)), 'team').to.equal(true);
    expect(allows(readScope(staff), lead(9, 11)), 'other team').to.equal(false);
    expect(canWrite(staff, lead(9, 10))).to.equal(true);
    expect(canWrite(staff, lead(9, 11))).to.equal(false);
    expect(allows(readScope(loner), lead(9, null)), 'no team: only own').to.equal(false);
    expect(allows(readScope(loner), lead(2, 10))).to.equal(true);
  });

  it('lets admins read and change every lead, compliance officers read every lead and change none', () => {
    expect(allows(readScope(admin), lead(9, 11))).to.equal(true);
    expect(canWrite(admin, lead(9, 11))).to.equal(true);
    expect(allows(readScope(officer), lead(9, 11))).to.equal(true);
    expect(canWrite(officer, lead(4, 10)), 'not even their own team').to.equal(false);
    expect(writeScope(officer)).to.deep.equal({ kind: 'none' });
  });

  it('lets only admins and compliance officers change compliance fields', () => {
    expect([staff, admin, officer].map(canChangeCompliance)).to.deep.equal([false, true, true]);
    expect(complianceScope(staff)).to.deep.equal({ kind: 'none' });
  });

  describe('who may be given a lead', () => {
    const person = (
      id: number,
      role: 'staff' | 'admin' | 'compliance',
      teamId: number | null,
      status: 'active' | 'invited' | 'deactivated' = 'active',
    ) => ({ id, role, teamId, status });
    it('staff: themselves and active teammates; admins: anyone active but compliance officers', () => {
      expect(mayBeGivenLead(staff, person(1, 'staff', 10)), 'self').to.equal(true);
      expect(mayBeGivenLead(staff, person(5, 'staff', 10)), 'teammate').to.equal(true);
      expect(mayBeGivenLead(staff, person(6, 'staff', 11)), 'other team').to.equal(false);
      expect(mayBeGivenLead(staff, person(7, 'admin', null)), 'an admin outside the team').to.equal(false);
      expect(mayBeGivenLead(loner, person(8, 'staff', null)), 'no team: nobody else').to.equal(false);
      expect(mayBeGivenLead(admin, person(6, 'staff', 11))).to.equal(true);
      expect(mayBeGivenLead(admin, person(3, 'admin', null))).to.equal(true);
    });
    it('never a compliance officer, never someone inactive, except that the current owner may stay', () => {
      expect(mayBeGivenLead(admin, person(4, 'compliance', 10))).to.equal(false);
      expect(mayBeGivenLead(admin, person(4, 'compliance', 10), 4), 'not even as current owner').to.equal(false);
      expect(mayBeGivenLead(staff, person(5, 'staff', 10, 'deactivated')), 'deactivated teammate').to.equal(false);
      expect(mayBeGivenLead(staff, person(5, 'staff', 10, 'invited')), 'invited teammate').to.equal(false);
      expect(mayBeGivenLead(staff, person(5, 'staff', 10, 'deactivated'), 5), 'the current owner stays').to.equal(true);
      expect(
        mayBeGivenLead(staff, person(6, 'staff', 11, 'active'), 6),
        'current owner from another team stays',
      ).to.equal(true);
    });
  });
});
