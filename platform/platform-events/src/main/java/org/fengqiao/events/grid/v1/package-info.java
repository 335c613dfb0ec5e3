/** Version 1 of the events grid-service publishes on {@code grid.events.v1}. */
package org.fengqiao.events.grid.v1;
