/**
 * The petition (信访事项) track: registration from every channel with first contact (首问), petitioners and the
 * matter, the flags computed at registration, acceptance, routing across tiers (交办, 退回, 上报), handling
 * (extension, suspension, reply), review (复查) and re-review (复核), termination (终结), supervision (督办) and the
 * petition deadlines in the periodic scan. Every transition saves one {@code petition.*} event in the petition's
 * outbox in the same write.
 */
package org.fengqiao.petition.petition;
