/**
 * Test kit shared with every service's tests through the {@code platform-support} test-jar.
 *
 * <ul>
 * <li>{@link org.fengqiao.platform.testkit.TestTokens}: real RS256 JWTs for the demo identities
 * ({@code countyDispatcher()}, {@code handlerOf("330681101")}, {@code gridWorkerOf(...)}, ...) or any caller
 * ({@code forSubject(...)}), signed with a test-only key pair.</li>
 * <li>{@link org.fengqiao.platform.testkit.AcceptTestTokens}: one annotation on the test class so the application
 * validates those tokens.</li>
 * <li>{@link org.fengqiao.platform.testkit.DemoDivisions}: the demo county's division codes.</li>
 * </ul>
 *
 * <pre>
 * &#64;SpringBootTest(webEnvironment = RANDOM_PORT)
 * &#64;AcceptTestTokens
 * class PetitionIntakeIT { ... .headers(h -&gt; h.setBearerAuth(TestTokens.countyDispatcher())) ... }
 * </pre>
 */
package org.fengqiao.platform.testkit;
