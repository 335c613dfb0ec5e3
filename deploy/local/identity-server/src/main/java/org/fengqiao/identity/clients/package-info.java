/**
 * The demo identities as OAuth2 clients (client-credentials grant) and the claims their access tokens carry:
 * {@code sub} = client id, {@code roles}, {@code jurisdiction}, {@code name}, {@code scope}.
 * The identities are data in {@code application.yml} ({@code fengqiao.identity.clients}).
 */
package org.fengqiao.identity.clients;
