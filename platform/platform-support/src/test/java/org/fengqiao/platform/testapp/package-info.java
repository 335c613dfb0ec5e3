/**
 * A tiny WebFlux service used by this module's own tests to exercise the auto-configuration end to end.
 * Not published in the test-jar.
 */
package org.fengqiao.platform.testapp;
