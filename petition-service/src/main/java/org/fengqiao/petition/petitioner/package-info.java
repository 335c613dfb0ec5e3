/**
 * Petitioners (信访人): their identity documents ({@link org.fengqiao.petition.petitioner.IdCardNumber}, checksum
 * validated) and how they are protected at rest ({@link org.fengqiao.petition.petitioner.PetitionerProtection}:
 * AES-GCM encryption plus an HMAC keyed hash for matching repeat petitioners and callers). The keys are never
 * committed: {@link org.fengqiao.petition.petitioner.PetitionerKeysCheck} stops the start without them, with
 * {@link org.fengqiao.petition.petitioner.MissingPetitionerKeysFailureAnalyzer}'s short report of what to set.
 */
package org.fengqiao.petition.petitioner;
