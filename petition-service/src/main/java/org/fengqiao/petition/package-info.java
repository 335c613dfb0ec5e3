/**
 * petition-service: petitions (信访事项) and 12345 work orders (工单), routed across the county,
 * township and village tiers. Owns the {@code petition} database; publishes {@code petition.events.v1}.
 */
package org.fengqiao.petition;
