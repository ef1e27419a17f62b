package org.jointacceptance.department.serving;

import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.TransactionManager;
import jakarta.transaction.TransactionSynchronizationRegistry;

import io.agroal.api.AgroalDataSource;
import io.agroal.api.configuration.AgroalConnectionPoolConfiguration.ConnectionValidator;
import io.agroal.api.configuration.supplier.AgroalDataSourceConfigurationSupplier;
import io.agroal.api.security.NamePrincipal;
import io.agroal.api.security.SimplePassword;
import io.agroal.narayana.NarayanaTransactionIntegration;
import io.quarkus.datasource.common.runtime.DataSourceUtil;
import io.quarkus.flyway.runtime.FlywayContainerProducer;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.quarkus.hibernate.orm.runtime.customized.QuarkusConnectionProvider;
import io.quarkus.hibernate.orm.runtime.tenant.TenantConnectionResolver;
import io.quarkus.runtime.StartupEvent;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;
import org.jboss.logging.Logger;

/**
 * Each served department's own database. The instance's own department uses the configured datasource, which Flyway
 * migrates as usual; every further department gets a pool of its own, at {@code department.also-database-url}, with
 * the same credentials, size and wait for a connection, its transactions those of the instance, its schema migrated
 * by the same Flyway migrations before anything reads it.
 */
@ApplicationScoped
@PersistenceUnitExtension
public class DepartmentDatabases implements TenantConnectionResolver {

    private static final Logger LOG = Logger.getLogger(DepartmentDatabases.class);
    /** What {@code department.also-database-url} says for the department's code. */
    static final String CODE = "*";

    private final ServedDepartments served;
    private final AgroalDataSource own;
    private final DepartmentConfig config;
    private final TransactionManager transactions;
    private final TransactionSynchronizationRegistry synchronizations;
    private final FlywayContainerProducer flyway;
    private final String username;
    private final String password;
    private final int maxSize;
    private final Duration acquisitionTimeout;
    private final Map<String, AgroalDataSource> others = new ConcurrentHashMap<>();

    public DepartmentDatabases(ServedDepartments served, AgroalDataSource own, DepartmentConfig config,
            TransactionManager transactions, TransactionSynchronizationRegistry synchronizations,
            FlywayContainerProducer flyway,
            @ConfigProperty(name = "quarkus.datasource.username") String username,
            @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password,
            @ConfigProperty(name = "quarkus.datasource.jdbc.max-size") int maxSize,
            @ConfigProperty(name = "quarkus.datasource.jdbc.acquisition-timeout", defaultValue = "5S")
            Duration acquisitionTimeout) {
        this.served = served;
        this.own = own;
        this.config = config;
        this.transactions = transactions;
        this.synchronizations = synchronizations;
        this.flyway = flyway;
        this.username = username;
        this.password = password.orElse("");
        this.maxSize = maxSize;
        this.acquisitionTimeout = acquisitionTimeout;
    }

    /** Every department's database is ready before the first request or event needs it. */
    void migrateAtStart(@Observes @Priority(1) StartupEvent start) {
        served.all().forEach(this::dataSource);
    }

    @Override
    public ConnectionProvider resolve(String department) {
        return new QuarkusConnectionProvider(dataSource(department));
    }

    private AgroalDataSource dataSource(String department) {
        if (department.equals(served.first())) {
            return own;
        }
        if (!served.serves(department)) {
            throw new IllegalArgumentException("This instance does not serve department " + department);
        }
        return others.computeIfAbsent(department, this::open);
    }

    private AgroalDataSource open(String department) {
        if (!config.alsoDatabaseUrl().contains(CODE)) { // else every department would share one database
            throw new IllegalStateException("department.also-database-url names no database for each department: "
                    + "write " + CODE + " where the department's code goes");
        }
        String url = config.alsoDatabaseUrl().replace(CODE, department.replace('-', '_'));
        AgroalDataSourceConfigurationSupplier pool = new AgroalDataSourceConfigurationSupplier()
                .connectionPoolConfiguration(connections -> connections
                        .maxSize(maxSize)
                        .acquisitionTimeout(acquisitionTimeout)
                        .reapTimeout(Duration.ofMinutes(5))
                        .validationTimeout(Duration.ofMinutes(2))
                        .connectionValidator(ConnectionValidator.defaultValidator())
                        .transactionIntegration(new NarayanaTransactionIntegration(transactions, synchronizations))
                        .connectionFactoryConfiguration(factory -> factory
                                .connectionProviderClass(org.postgresql.Driver.class)
                                .jdbcUrl(url)
                                .principal(new NamePrincipal(username))
                                .credential(new SimplePassword(password))));
        try {
            AgroalDataSource dataSource = AgroalDataSource.from(pool);
            flyway.createFlyway(dataSource, DataSourceUtil.DEFAULT_DATASOURCE_NAME, true, false).getFlyway()
                    .migrate();
            LOG.infof("Serving department %s from %s", department, url);
            return dataSource;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database of department " + department + ": "
                    + e.getMessage(), e);
        }
    }

    /** The further departments whose database gives no working connection now. */
    List<String> unreachable() {
        return others.entrySet().stream().filter(database -> !reachable(database.getValue())).map(Map.Entry::getKey)
                .sorted().toList();
    }

    private static boolean reachable(AgroalDataSource dataSource) {
        try {
            return dataSource.isHealthy(false);
        } catch (SQLException e) {
            return false;
        }
    }

    @PreDestroy
    void close() {
        others.values().forEach(AgroalDataSource::close);
    }
}
