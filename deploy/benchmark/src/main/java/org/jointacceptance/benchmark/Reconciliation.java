package org.jointacceptance.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.jointacceptance.infrastructure.EmbeddedPostgresServer;
import org.jointacceptance.local.Department;
import org.jointacceptance.local.LocalStack;

/**
 * What came out of a kill-and-compare run, read from each service's own database, compared with what went in (the
 * ledger of what the firms applied for and the events seen): nothing left unpublished in any outbox; each department
 * holds exactly one inspection per section and round it was asked for; one opinion per accepted section; one overall
 * filing per project whose every section was accepted; and the firm told of every decision.
 */
final class Reconciliation {

    /** What the databases hold of the run, for its table. */
    record Counts(long inspections, long opinions, long filings, long notices) {
    }

    private final LocalStack stack;
    private final Ledger ledger;
    private final Violations violations;

    Reconciliation(LocalStack stack, Ledger ledger, Violations violations) {
        this.stack = stack;
        this.ledger = ledger;
        this.violations = violations;
    }

    /** Databases of the services that keep an outbox. */
    private static List<String> databases() {
        return Stream.concat(Stream.of("acceptance", "notification"), Department.ALL.stream().map(Department::database))
                .toList();
    }

    /** Waits (at most {@code atMost}) until every outbox is published; true once they are. */
    boolean awaitOutboxesPublished(Duration atMost) throws InterruptedException {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (true) {
            long unpublished = 0;
            for (String database : databases()) {
                unpublished += count(database, "select count(*) from outbox_event where published_at is null");
            }
            if (unpublished == 0) {
                return true;
            }
            if (System.nanoTime() > deadline) {
                violations.record(unpublished + " outbox event(s) left unpublished");
                return false;
            }
            Thread.sleep(500);
        }
    }

    /** Compares the databases with the ledger; every difference is a violation. */
    Counts compare(String firmCreditCode) {
        Map<UUID, Ledger.SectionPlan> sections = ledger.sections();
        UUID[] sectionIds = sections.keySet().toArray(UUID[]::new);
        UUID[] applicationIds = sections.values().stream().map(Ledger.SectionPlan::applicationId).distinct()
                .toArray(UUID[]::new);
        long inspections = 0;
        for (Map.Entry<String, Long> asked : ledger.requestedByDepartment().entrySet()) {
            String database = Department.ALL.stream().filter(each -> each.code().equals(asked.getKey())).findFirst()
                    .orElseThrow().database();
            long held = count(database, "select count(*) from inspection where section_id = any(?)", sectionIds);
            long rounds = count(database, "select count(distinct (section_id, round)) from inspection"
                    + " where section_id = any(?)", sectionIds);
            if (held != asked.getValue() || rounds != held) {
                violations.record(asked.getKey() + " holds " + held + " inspections of " + rounds
                        + " section rounds, asked for " + asked.getValue());
            }
            inspections += held;
        }
        long opinions = count("acceptance", "select count(*) from joint_opinion where section_id = any(?)", sectionIds);
        if (opinions != sectionIds.length) {
            violations.record(opinions + " opinions issued for " + sectionIds.length + " sections accepted");
        }
        long filings = count("acceptance", "select count(*) from completion_filing f where f.overall"
                + " and f.withdrawn_at is null"
                + " and f.project_id in (select project_id from application where id = any(?))", applicationIds);
        if (filings != applicationIds.length) {
            violations.record(filings + " overall filings for " + applicationIds.length + " projects fully accepted");
        }
        List<String> decisions = ledger.decisionEventIds();
        long notices = count("notification", "select count(*) from notification where recipient = '"
                + "applicant:" + firmCreditCode + "' and event_id = any(?)", decisions.toArray(String[]::new));
        if (notices != decisions.size()) {
            violations.record("the firm was told of " + notices + " of " + decisions.size() + " decisions");
        }
        return new Counts(inspections, opinions, filings, notices);
    }

    private long count(String database, String sql) {
        return count(database, sql, null);
    }

    /** The count {@code sql} gives, its one parameter (if any) the array {@code values}. */
    private long count(String database, String sql, Object[] values) {
        try (Connection connection = DriverManager.getConnection(stack.jdbcUrl(database), EmbeddedPostgresServer.USER,
                ""); PreparedStatement statement = connection.prepareStatement(sql)) {
            if (values != null) {
                statement.setArray(1, connection.createArrayOf(values instanceof UUID[] ? "uuid" : "varchar", values));
            }
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        } catch (SQLException e) {
            throw violations.record("cannot read " + database + ": " + e.getMessage());
        }
    }
}
