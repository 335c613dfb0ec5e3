/**
 * What citizens may call without logging in: the {@code /api/public/**} filter chain beside the platform's
 * resource-server chain. The endpoints themselves live with their features (the rating link in
 * {@code returnvisit}); the gateway routes and rate-limits the same paths.
 */
package org.fengqiao.survey.publicaccess;
