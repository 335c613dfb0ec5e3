/**
 * The deadline watch list both tracks share (督办): {@link org.fengqiao.petition.deadline.OpenDeadline} entries in
 * the compact {@code open_deadlines} collection, kept by {@link org.fengqiao.petition.deadline.OpenDeadlines} and
 * turned into {@code deadline.approaching} / {@code deadline.breached} by
 * {@link org.fengqiao.petition.deadline.DeadlineScan}. A track (petitions, work orders) contributes only its
 * {@link org.fengqiao.petition.deadline.DeadlineTrack}: its {@code caseType} and whether an entry is still its
 * case's running deadline.
 */
package org.fengqiao.petition.deadline;
