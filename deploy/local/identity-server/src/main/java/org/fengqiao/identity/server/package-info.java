/**
 * The authorization server's HTTP surface: the OAuth2/OIDC endpoints ({@code /oauth2/token},
 * {@code /oauth2/jwks}, {@code /.well-known/*}, introspection, revocation), the open health endpoint,
 * and the bounded in-memory store of issued authorizations.
 */
package org.fengqiao.identity.server;
