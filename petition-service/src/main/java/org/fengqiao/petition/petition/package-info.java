/**
 * The petition (信访事项) track: registration from every channel with first contact (首问), petitioners and the
 * matter, the flags computed at registration, acceptance, routing across tiers (交办, 退回, 上报), handling
 * (extension, suspension, reply, progress notes, the owning leader 包案), 重办 after a substantive 不满意 at the return
 * visit ({@code PetitionRedo}), review (复查) and re-review (复核), termination
 * (终结), supervision (督办) and the petition deadlines in the periodic scan; search, counts and CSV through the
 * listing package ({@code PetitionSearch}), and the audited reveal of a petitioner's full identity
 * ({@code PetitionerIdentity}). Every transition saves one {@code petition.*} event in the petition's outbox in the
 * same write; notes and the owning leader are timeline entries without an event (no state changes).
 */
package org.fengqiao.petition.petition;
