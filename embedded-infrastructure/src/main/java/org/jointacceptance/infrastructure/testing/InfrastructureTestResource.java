package org.jointacceptance.infrastructure.testing;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.jointacceptance.infrastructure.tokens.TokenIssuer;

/**
 * Points a Quarkus test application at the test JVM's real Kafka broker and its own PostgreSQL database, and has it
 * trust the bearer tokens of {@link TestTokens}.
 */
public class InfrastructureTestResource implements QuarkusTestResourceLifecycleManager {

    private String database = "service";

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        TestInfrastructure infrastructure = TestInfrastructure.get();
        return Map.of(
                "kafka.bootstrap.servers", infrastructure.bootstrapServers(),
                "quarkus.datasource.jdbc.url", infrastructure.jdbcUrl(database),
                "quarkus.datasource.username", infrastructure.username(),
                "quarkus.datasource.password", infrastructure.password(),
                "mp.jwt.verify.publickey", TestTokens.publicKeyPem(),
                "mp.jwt.verify.issuer", TokenIssuer.LOCAL_ISSUER);
    }

    @Override
    public void stop() {
        // shared by every test class of this JVM; stopped when the JVM exits
    }
}
