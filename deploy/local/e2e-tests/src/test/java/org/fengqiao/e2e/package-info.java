/**
 * End-to-end tests: the embedded stack started as the README starts it, driven only through the
 * gateway with the demo identities, as the 12345 system, dispatchers, handlers and grid workers would.
 */
package org.fengqiao.e2e;
