package org.fengqiao.petition.petition;

/**
 * A petitioner as stored: the ID-card number only encrypted, hashed and masked.
 *
 * @param idCipherText   AES-GCM cipher text of the ID-card number
 * @param idHash         keyed hash of it, for matching repeat petitioners
 * @param idMasked       for display
 * @param phoneHash      keyed hash of the phone, for matching the caller of a work order
 * @param representative whether this person represents a collective visit (代表)
 */
record StoredPetitioner(String name, String idCipherText, String idHash, String idMasked, String phone,
                        String phoneHash, String address, boolean representative) {
}
