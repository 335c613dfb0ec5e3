package org.fengqiao.petition.audit;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One read of full personal data. Holds what was read (field names), never the values.
 *
 * @param by                   the reader's subject
 * @param byName               the reader's display name
 * @param roles                the reader's roles at the time
 * @param unit                 the reader's division code
 * @param petitionId           the petition read
 * @param petitionNumber       its number, e.g. XF330681-2026-000012
 * @param jurisdiction         the petition's place (what an administrator's scope is checked against)
 * @param petitionerIndex      which petitioner (0 for the first)
 * @param fields               what was revealed, e.g. {@code idNumber}, {@code phone}
 * @param reason               why, as the reader wrote it
 */
@Document(PersonalDataRead.COLLECTION)
public record PersonalDataRead(@Id String id, Instant at, String by, String byName, List<String> roles, String unit,
                               String petitionId, String petitionNumber, String jurisdiction, int petitionerIndex,
                               List<String> fields, String reason) {

    static final String COLLECTION = "personal_data_reads";
}
