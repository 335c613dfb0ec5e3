/** Version 1 of the events petition-service publishes on {@code petition.events.v1}. */
package org.fengqiao.events.petition.v1;
