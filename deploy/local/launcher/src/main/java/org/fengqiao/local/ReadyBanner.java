package org.fengqiao.local;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/** What a developer needs once the stack is up: where everything listens, who to log in as, how to get a token. */
final class ReadyBanner {

    private ReadyBanner() {
    }

    static void print(PrintStream out, List<ChildProcess> children, Duration total, LocalStackOptions options,
                      String demoSecret, String issuer) {
        out.println();
        out.printf("Fengqiao local stack ready in %s (data: %s)%n", seconds(total), options.dataDir());
        out.printf("  %-22s %-30s %-8s %s%n", "component", "url", "pid", "ready after");
        for (ChildProcess child : children) {
            out.printf("  %-22s %-30s %-8d %s%n", child.name(), child.plan().url(), child.pid(),
                    child.readyAfter() == null ? "-" : seconds(child.readyAfter()));
        }
        out.printf("  logs: %s%n", options.dataDir().resolve("logs"));
        if (children.stream().anyMatch(c -> c.name().equals("identity-server"))) {
            out.println();
            out.printf("Demo identities (OAuth2 client credentials, secret '%s', demo only):%n", demoSecret);
            out.printf("  %-22s %-12s %-14s %s%n", "client id", "role", "jurisdiction", "name");
            for (DemoIdentity identity : DemoIdentity.all()) {
                out.printf("  %-22s %-12s %-14s %s%n", identity.clientId(), identity.role(), identity.jurisdiction(),
                        identity.name());
            }
            out.println();
            out.println("Get a token:");
            out.printf("  curl -s -u county-dispatcher:%s -d grant_type=client_credentials %s/oauth2/token%n",
                    demoSecret, issuer);
        }
        children.stream().filter(c -> c.name().equals("gateway")).findFirst().ifPresent(gateway ->
                out.printf("Call the API through the gateway at %s with 'Authorization: Bearer <access_token>'.%n",
                        gateway.plan().url()));
        out.printf("Stop with Ctrl-C (or kill %d).%n", ProcessHandle.current().pid());
        out.flush();
    }

    static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }
}
