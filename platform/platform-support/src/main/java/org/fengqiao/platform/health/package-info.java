/**
 * Health contributors that work on both the embedded Mongo-wire store and a real MongoDB. Boot's own
 * Mongo indicator sends {@code hello}, which mongo-java-server does not implement, so readiness would
 * stay DOWN on the embedded stack; {@code ping} is answered by both.
 */
package org.fengqiao.platform.health;
