/**
 * notification-service: notices to petitioners, reminders and alerts to handlers and leaders,
 * callbacks to the 12345 system, and the in-app inbox. Owns the {@code notification} database;
 * consumes every service's events.
 */
package org.fengqiao.notification;
