/**
 * The audit trail of personal-data reads: every reveal of a petitioner's full ID-card number and phone is recorded
 * (who, when, which petition and petitioner, why) before the data leaves the service
 * ({@link org.fengqiao.petition.audit.PersonalDataAudit}), and administrators read the trail within their
 * jurisdiction ({@code GET /api/audit/personal-data-reads}).
 */
package org.fengqiao.petition.audit;
