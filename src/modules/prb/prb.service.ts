import type { PrbContext } from './prb.context.ts';
import { PrbMoney } from './prb.money.ts';
import { PrbProgrammes } from './prb.programmes.ts';
import { PrbProposals } from './prb.proposals.ts';

/**
 * Personal re-integration budgets: programmes, admission, the client's proposals, the case manager's
 * decisions, commitments and invoices, one class per sub-resource (prb.programmes.ts, prb.proposals.ts,
 * prb.money.ts); the object rules are in prb.policy.ts and applied by prb.loaders.ts, rows become API
 * objects in prb.presenters.ts.
 *
 * Who sees what: the municipality that runs the programme (klantmanager: everything; functioneel beheerder
 * and beleidsadviseur: the programme with counts only); a PRB advisor (role prb_werkadviseur, added to the
 * programme, possibly of another organisation) the participants, proposals and commitments of the
 * programmes they advise, never the client file; the client their own participations through the portal.
 * Row-level security (app_is_prb_advisor) enforces the organisation/advisor line; the service narrows it
 * to the role (an advisor inside the municipality still sees only the programmes they advise).
 *
 * Money: every change of committed or paid amounts is a conditional UPDATE that only succeeds within the
 * budget or commitment, in the same transaction as the rest of the change; CHECKs in the database back it up.
 */
export class PrbService {
  readonly programmes: PrbProgrammes;
  readonly proposals: PrbProposals;
  readonly money: PrbMoney;

  constructor(ctx: PrbContext) {
    this.programmes = new PrbProgrammes(ctx);
    this.proposals = new PrbProposals(ctx);
    this.money = new PrbMoney(ctx);
  }
}
