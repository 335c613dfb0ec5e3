/** The {@code X-Request-Id} every request carries downstream and every response echoes. */
package org.fengqiao.gateway.requestid;
