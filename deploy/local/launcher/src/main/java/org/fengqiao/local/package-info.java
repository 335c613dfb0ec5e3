/**
 * The local stack launcher: starts Kafka, the Mongo-wire store, the identity server, every service and the
 * gateway as child processes of one plain-Java process, waits until each is ready, and stops them in
 * reverse order. {@link org.fengqiao.local.LocalStack} is both the command ({@code deploy/local/start})
 * and the API the end-to-end tests drive; {@link org.fengqiao.local.LocalStackOptions} configures both.
 */
package org.fengqiao.local;
