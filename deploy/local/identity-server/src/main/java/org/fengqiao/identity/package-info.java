/**
 * The local identity provider: application entry point and its {@code fengqiao.identity.*} configuration.
 * Features live in sub-packages: {@code clients} (who may get a token and what it says),
 * {@code signing} (the persisted RSA key) and {@code server} (endpoints, security chains, token store).
 */
package org.fengqiao.identity;
