/**
 * The RSA key that signs access tokens (RS256): generated on first start, persisted as a private JWK in
 * {@code fengqiao.identity.key-file} (default {@code <FENGQIAO_DATA_DIR>/identity/signing-key.jwk.json},
 * mode 600, never committed) so tokens and the published {@code kid} survive restarts.
 */
package org.fengqiao.identity.signing;
