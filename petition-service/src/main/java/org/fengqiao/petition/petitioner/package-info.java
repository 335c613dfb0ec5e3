/**
 * Petitioners (信访人): their identity documents ({@link org.fengqiao.petition.petitioner.IdCardNumber}, checksum
 * validated) and how they are protected at rest ({@link org.fengqiao.petition.petitioner.PetitionerProtection}:
 * AES-GCM encryption plus an HMAC keyed hash for matching repeat petitioners and callers).
 */
package org.fengqiao.petition.petitioner;
