/**
 * Version 1 of the events petition-service publishes on {@code petition.events.v1}: the 12345 work-order track
 * ({@code work-order.*}), the petition (信访事项) track ({@code petition.*}) and the deadline alerts of both.
 *
 * <p>Petition states, as the {@code state} field carries them: {@code registered}, {@code accepted},
 * {@code not_accepted}, {@code forwarded}, {@code assigned}, {@code returned}, {@code escalated},
 * {@code suspended}, {@code replied}, {@code reopened} (重办 after the return visit), {@code review_requested}, {@code review_decided},
 * {@code re_review_requested}, {@code re_review_decided}, {@code terminated}, {@code closed}. Petition events
 * carry the petitioner's name and phone where a notice goes to the citizen, never the ID-card number.
 */
package org.fengqiao.events.petition.v1;
