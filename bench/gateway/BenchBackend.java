import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import reactor.core.publisher.Mono;
import reactor.netty.http.server.HttpServer;

/**
 * Trivial downstream for the gateway benchmark, on loopback only: answers every path with a small JSON,
 * serves the JWK set of the test-only key at /oauth2/jwks, and writes a valid RS256 token to a file.
 * Usage: java -cp <gateway classpath> BenchBackend.java <port> <test-signing-key.json> <token-out-file>
 */
public class BenchBackend {

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        RSAKey key = RSAKey.parse(Files.readString(Path.of(args[1])));
        Instant now = Instant.now();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                new JWTClaimsSet.Builder().subject("bench-client")
                    .issuer("http://localhost:9000")
                    .issueTime(Date.from(now))
                    .expirationTime(Date.from(now.plusSeconds(3600)))
                    .claim("roles", java.util.List.of("admin"))
                    .claim("jurisdiction", "330681")
                    .build());
        jwt.sign(new RSASSASigner(key));
        Files.writeString(Path.of(args[2]), jwt.serialize());
        String jwks = new JWKSet(key.toPublicJWK()).toString();
        byte[] body = "{\"id\":\"P-1\",\"state\":\"open\",\"jurisdiction\":\"330681101201\"}".getBytes(StandardCharsets.UTF_8);
        HttpServer.create()
            .host("127.0.0.1")
            .port(port)
            .handle((request, response) -> request.uri().startsWith("/oauth2/jwks")
                    ? response.header("Content-Type", "application/json").sendString(Mono.just(jwks))
                    : response.header("Content-Type", "application/json")
                        .header("Content-Length", Integer.toString(body.length))
                        .sendByteArray(Mono.just(body)))
            .bindNow()
            .onDispose()
            .block();
    }
}
