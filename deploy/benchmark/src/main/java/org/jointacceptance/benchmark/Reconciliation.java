package org.jointacceptance.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jointacceptance.infrastructure.EmbeddedPostgresServer;
import org.jointacceptance.infrastructure.testing.KafkaTestClient;
import org.jointacceptance.local.Department;
import org.jointacceptance.local.LocalStack;
import org.jointacceptance.local.ServiceProcess;

/**
 * What came out of a kill-and-compare run, read from each service's own database, compared with what went in (the
 * ledger of what the firms applied for and the events seen): nothing left unpublished in any outbox; each department
 * holds exactly one inspection per section and round it was asked for; one opinion per accepted section (none for
 * one whose material was never supplied); one overall filing per project whose every section was accepted; the
 * clocks paused once for each special procedure, and resumed, and stopped once for each material never supplied;
 * the firm told of every decision; each deadline warning told to its recipients once; each notice to the firm
 * delivered to its webhook exactly once, as its receiver saw, and each mail sent once, as the mail server saw; the
 * dead-letter topics holding the unreadable records sent, and nothing else; every replica of a service doing some of
 * the work.
 */
final class Reconciliation {

    /** What the databases hold of the run, for its table. */
    record Counts(long inspections, long opinions, long filings, long notices, long clockPauses) {
    }

    /** The webhook deliveries of the run's notices to the firm, and the calls its receiver took again. */
    record Webhooks(long delivered, long callsAgain) {
    }

    /** The mails of the run's notices sent, and those the mail server received again. */
    record Mails(long sent, long receivedAgain) {
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

    /**
     * Compares, once they agree or {@code atMost} has passed: one delivery to {@code url} per notice to the firm
     * ({@code recipient}) of the run's applications, each sent; the receiver called with each (again only if a sender
     * died before it could record the call), and with nothing else.
     */
    Webhooks compareWebhookDeliveries(String recipient, String url, WebhookReceiver receiver, Duration atMost)
            throws InterruptedException {
        UUID[] applicationIds = applicationIds();
        String ofTheRun = " from delivery where channel = 'webhook' and recipient = '" + recipient + "' and address = '"
                + url + "' and application_id = any(?)";
        long deadline = System.nanoTime() + atMost.toNanos();
        long notices;
        long deliveries;
        List<String> sent;
        do { // until notification-service has taken in every event and its sender is done with every delivery
            Thread.sleep(500);
            notices = count("notification", "select count(*) from notification where recipient = '" + recipient
                    + "' and application_id = any(?)", applicationIds);
            deliveries = count("notification", "select count(*)" + ofTheRun, applicationIds);
            sent = strings("notification", "select message_id" + ofTheRun + " and status = 'SENT'", applicationIds);
        } while ((deliveries != notices || sent.size() != notices) && System.nanoTime() < deadline);
        if (deliveries != notices || sent.size() != notices) {
            violations.record(notices + " notices to the firm, " + deliveries + " webhook deliveries of them, "
                    + sent.size() + " sent, " + count("notification", "select count(*)" + ofTheRun
                            + " and status = 'DEAD'", applicationIds) + " dead");
        }
        Map<String, Integer> calls = receiver.calls();
        List<String> notReceived = sent.stream().filter(id -> !calls.containsKey(id)).toList();
        if (!notReceived.isEmpty()) {
            violations.record(notReceived.size() + " webhook deliveries recorded as sent never reached the receiver, "
                    + "for example " + notReceived.get(0));
        }
        Set<String> sentIds = new HashSet<>(sent);
        long unknown = calls.keySet().stream().filter(id -> !sentIds.contains(id)).count();
        if (unknown > 0) {
            violations.record("the receiver was called with " + unknown + " webhook id(s) of no delivery sent");
        }
        return new Webhooks(sent.size(), calls.values().stream().mapToLong(each -> each - 1).sum());
    }

    /**
     * Compares, once they agree or {@code atMost} has passed: each mail delivery of the run's notices (to the firm's
     * contact, the coordinators, the supervisors, fire's mailbox) sent, none dead; the mail server received each
     * (again only if a sender died before it could record the sending), and no mail of no delivery sent.
     */
    Mails compareMailDeliveries(MailServer mailServer, Duration atMost) throws InterruptedException {
        UUID[] applicationIds = applicationIds();
        String ofTheRun = " from delivery where channel = 'email' and application_id = any(?)";
        long deadline = System.nanoTime() + atMost.toNanos();
        long deliveries;
        List<String> sent;
        do { // until the senders are done with every mail
            Thread.sleep(500);
            deliveries = count("notification", "select count(*)" + ofTheRun, applicationIds);
            sent = strings("notification", "select message_id" + ofTheRun + " and status = 'SENT'", applicationIds);
        } while (sent.size() != deliveries && System.nanoTime() < deadline);
        if (sent.size() != deliveries) {
            violations.record(deliveries + " mail deliveries of the run's notices, " + sent.size() + " sent, "
                    + count("notification", "select count(*)" + ofTheRun + " and status = 'DEAD'", applicationIds)
                    + " dead");
        }
        Map<String, Integer> mails = mailServer.mails();
        List<String> notReceived = sent.stream().filter(id -> !mails.containsKey(id)).toList();
        if (!notReceived.isEmpty()) {
            violations.record(notReceived.size() + " mails recorded as sent never reached the mail server, for example "
                    + notReceived.get(0));
        }
        Set<String> everySent = new HashSet<>(strings("notification",
                "select message_id from delivery where channel = 'email' and status = 'SENT'", null));
        long unknown = mails.keySet().stream().filter(id -> !everySent.contains(id)).count();
        if (unknown > 0) {
            violations.record("the mail server received " + unknown + " mail(s) of no delivery sent");
        }
        return new Mails(sent.size(), sent.stream().mapToLong(id -> mails.getOrDefault(id, 1) - 1).sum());
    }

    /**
     * Compares each dead-letter topic with the unreadable records sent to its topic ({@code malformed}: event ids by
     * topic): every consumer group that read one dead-letters it, and nothing else may be there. Returns how many
     * dead letters there are.
     */
    long compareDeadLetters(Map<String, String> malformed) {
        // the consumer groups of each topic: every department-service and notification-service read
        // acceptance.events; acceptance-service and notification-service read department.events
        int departmentServices = (int) Department.ALL.stream()
                .map(department -> stack.department(department.code()).orElseThrow().name()).distinct().count();
        Map<String, Integer> groups = Map.of("acceptance.events", departmentServices + 1, "department.events", 2);
        long deadLetters = 0;
        for (Map.Entry<String, Integer> consumed : groups.entrySet()) {
            String topic = consumed.getKey();
            List<String> ids = eventIds(topic + ".dead-letter");
            Set<String> expected = malformed.containsKey(topic) ? Set.of(malformed.get(topic)) : Set.of();
            if (!new HashSet<>(ids).equals(expected) || ids.size() < expected.size() * consumed.getValue()) {
                violations.record(topic + ".dead-letter holds " + ids.size() + " dead letters of events "
                        + new TreeSet<>(ids) + "; sent unreadable: " + expected + ", to " + consumed.getValue()
                        + " consumer groups");
            }
            deadLetters += ids.size();
        }
        return deadLetters;
    }

    /** The {@code ce_id} of every record on {@code topic}, read from its beginning to its end. */
    private List<String> eventIds(String topic) {
        try {
            return new KafkaTestClient(stack.kafkaBootstrapServers()).recordsSoFar(topic, record -> true).stream()
                    .map(record -> Objects.requireNonNullElse(KafkaTestClient.header(record, "ce_id"), "(none)"))
                    .toList();
        } catch (IllegalStateException e) {
            throw violations.record("cannot read " + topic + " to its end");
        }
    }

    /** Compares the databases with the ledger; every difference is a violation. */
    Counts compare(String firmCreditCode) {
        Map<UUID, Ledger.SectionPlan> sections = ledger.sections();
        UUID[] sectionIds = sections.keySet().toArray(UUID[]::new);
        UUID[] applicationIds = applicationIds();
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
        long accepted = sections.values().stream().filter(Ledger.SectionPlan::accepted).count();
        long opinions = count("acceptance", "select count(*) from joint_opinion where section_id = any(?)", sectionIds);
        if (opinions != accepted) {
            violations.record(opinions + " opinions issued for " + accepted + " sections accepted");
        }
        opinionsInOneChain();
        long fullyAccepted = sections.values().stream().filter(Ledger.SectionPlan::accepted)
                .map(Ledger.SectionPlan::applicationId).distinct().count();
        long filings = count("acceptance", "select count(*) from completion_filing f where f.overall"
                + " and f.withdrawn_at is null"
                + " and f.project_id in (select project_id from application where id = any(?))", applicationIds);
        if (filings != fullyAccepted) {
            violations.record(filings + " overall filings for " + fullyAccepted + " projects fully accepted");
        }
        String[] procedures = ledger.procedures().toArray(String[]::new);
        String pausesOfProcedures = " from clock_pause where kind = 'SPECIAL_PROCEDURE' and reference = any(?)";
        long clockPauses = count("acceptance", "select count(*)" + pausesOfProcedures, procedures);
        long resumed = count("acceptance", "select count(distinct reference)" + pausesOfProcedures
                + " and ended_on is not null", procedures);
        if (clockPauses != procedures.length || resumed != procedures.length) {
            violations.record(procedures.length + " special procedures opened and closed; acceptance-service paused "
                    + "the clocks " + clockPauses + " times for them, and resumed them for " + resumed);
        }
        List<String> decisions = ledger.decisionEventIds();
        long notices = count("notification", "select count(*) from notification where recipient = '"
                + "applicant:" + firmCreditCode + "' and event_id = any(?)", decisions.toArray(String[]::new));
        if (notices != decisions.size()) {
            violations.record("the firm was told of " + notices + " of " + decisions.size() + " decisions");
        }
        return new Counts(inspections, opinions, filings, notices, clockPauses);
    }

    /**
     * Compares, once they agree or {@code atMost} has passed: each deadline warning seen told each of its recipients
     * once (see {@link Ledger.Warning#recipients}). Returns how many notices of the warnings there are.
     */
    long compareWarningNotices(Duration atMost) throws InterruptedException {
        Map<String, Ledger.Warning> warnings = ledger.warnings();
        long deadline = System.nanoTime() + atMost.toNanos();
        List<String> differences;
        List<String> told;
        do { // until notification-service has taken in every warning
            Thread.sleep(500);
            told = strings("notification", "select event_id || ' ' || recipient from notification"
                    + " where event_id = any(?)", warnings.keySet().toArray(String[]::new));
            Map<String, List<String>> recipients = new HashMap<>();
            told.forEach(row -> recipients.computeIfAbsent(row.substring(0, row.indexOf(' ')), any -> new ArrayList<>())
                    .add(row.substring(row.indexOf(' ') + 1)));
            differences = new ArrayList<>();
            for (Map.Entry<String, Ledger.Warning> warning : warnings.entrySet()) {
                List<String> expected = warning.getValue().recipients().stream().sorted().toList();
                List<String> actual = recipients.getOrDefault(warning.getKey(), List.of()).stream().sorted().toList();
                if (!actual.equals(expected)) {
                    differences.add("warning " + warning.getKey() + " (" + warning.getValue().clock() + ", "
                            + warning.getValue().level() + ") told " + actual + ", not " + expected);
                }
            }
        } while (!differences.isEmpty() && System.nanoTime() < deadline);
        differences.forEach(violations::record);
        return told.size();
    }

    /**
     * Compares the clocks stopped for materials owed: each application whose material was never supplied has its
     * clock stopped once, for good, since the clock moved past its promise; one supplied late at most once, and
     * started again. Returns how many times the clocks were stopped for them.
     */
    long compareClocksStoppedForMaterials() {
        Map<Ledger.Owed, UUID[]> owing = new HashMap<>();
        for (Ledger.Owed owed : List.of(Ledger.Owed.SUPPLIED_LATE, Ledger.Owed.NEVER_SUPPLIED)) {
            owing.put(owed, ledger.sections().values().stream().filter(plan -> plan.owed() == owed)
                    .map(Ledger.SectionPlan::applicationId).distinct().toArray(UUID[]::new));
        }
        String stopped = " from clock_pause where kind = 'OWED_MATERIAL' and application_id = any(?)";
        UUID[] never = owing.get(Ledger.Owed.NEVER_SUPPLIED);
        long stoppedForGood = count("acceptance", "select count(*)" + stopped + " and ended_on is null", never);
        long neverStopped = count("acceptance", "select count(*)" + stopped, never);
        if (neverStopped != never.length || stoppedForGood != never.length) {
            violations.record(never.length + " applications never supplied their material; their clocks were stopped "
                    + neverStopped + " times, " + stoppedForGood + " of them for good");
        }
        UUID[] late = owing.get(Ledger.Owed.SUPPLIED_LATE);
        long lateStopped = count("acceptance", "select count(*)" + stopped, late);
        long lateApplications = count("acceptance", "select count(distinct application_id)" + stopped, late);
        long stillStopped = count("acceptance", "select count(*)" + stopped + " and ended_on is null", late);
        if (lateStopped != lateApplications || stillStopped > 0) {
            violations.record("the clocks of applications that supplied their material late were stopped "
                    + lateStopped + " times for it, " + stillStopped + " of them still stopped");
        }
        return neverStopped + lateStopped;
    }

    /**
     * Compares the coordinators' daily digests of the days the clock was moved to ({@code from} on), though every
     * instance of notification-service tries one every few seconds: each such day claimed once; each digest that
     * lists something (or awaits next year's calendar) told in one notice and one mail, sent and received by the mail
     * server once. Returns how many were told. Waits (at most {@code atMost}) until every digest's mail is sent.
     */
    long compareDailyDigests(LocalDate from, MailServer mailServer, Duration atMost) throws InterruptedException {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (count("notification", "select count(*) from delivery where event_type = 'DailyDigest'"
                + " and status <> 'SENT'") > 0 && System.nanoTime() < deadline) {
            Thread.sleep(500);
        }
        List<String> days = strings("notification", "select day || ' ' || listed from daily_digest"
                + " where recipient = 'coordinator' and day >= '" + from + "'", null);
        if (days.isEmpty()) {
            violations.record("no daily digest of " + from + " or later claimed");
        }
        long told = 0;
        Map<String, Integer> mails = mailServer.mails();
        for (String claimed : days) {
            String day = claimed.substring(0, claimed.indexOf(' '));
            String ofTheDay = " and event_type = 'DailyDigest' and event_id like '%/" + day + "'";
            long notices = count("notification", "select count(*) from notification where recipient = 'coordinator'"
                    + ofTheDay);
            if (notices == 0 && claimed.endsWith(" 0")) {
                continue; // nothing to tell that day
            }
            told++;
            List<String> sent = strings("notification", "select message_id from delivery where channel = 'email'"
                    + " and status = 'SENT'" + ofTheDay, null);
            long deliveries = count("notification", "select count(*) from delivery where channel = 'email'" + ofTheDay);
            if (notices != 1 || deliveries != 1 || sent.size() != 1 || mails.getOrDefault(sent.get(0), 0) != 1) {
                violations.record("the daily digest of " + day + ": " + notices + " notice(s) to the coordinators, "
                        + deliveries + " mail delivery(ies), " + sent.size() + " sent, received "
                        + sent.stream().map(id -> mails.getOrDefault(id, 0)).toList() + " time(s)");
            }
        }
        return told;
    }

    /**
     * The events each instance applied since {@code since}, as its service's record of the events it consumed names
     * it; every instance of a service that runs several must have applied some: the work spreads across the replicas.
     */
    Map<String, Long> compareEventsAppliedByInstance(Instant since) {
        Map<String, Long> applied = new TreeMap<>();
        for (String database : databases()) {
            for (String row : strings(database, "select coalesce(consumed_by, '(unnamed)') || ' ' || count(*)"
                    + " from consumed_event where consumed_at >= '" + since + "' group by consumed_by", null)) {
                int space = row.lastIndexOf(' ');
                applied.merge(row.substring(0, space), Long.parseLong(row.substring(space + 1)), Long::sum);
            }
        }
        Map<String, List<String>> instances = stack.services().stream().map(ServiceProcess::name)
                .collect(Collectors.groupingBy(name -> name.replaceFirst("-[0-9]+$", "")));
        instances.values().stream().filter(replicas -> replicas.size() > 1).flatMap(List::stream)
                .filter(instance -> !applied.containsKey(instance))
                .forEach(instance -> violations.record(instance + " applied no event: the work did not spread to it"));
        return applied;
    }

    /** The applications of the run's sections. */
    private UUID[] applicationIds() {
        return ledger.sections().values().stream().map(Ledger.SectionPlan::applicationId).distinct()
                .toArray(UUID[]::new);
    }

    /**
     * The opinions, every one the database holds, form one chain: each follows the one issued before it, which no
     * other follows, and the chain's newest is followed by none.
     */
    private void opinionsInOneChain() {
        long firsts = count("acceptance", "select count(*) from joint_opinion where previous_digest is null");
        long sharedLinks = count("acceptance", "select count(*) - count(distinct previous_digest) from joint_opinion"
                + " where previous_digest is not null");
        long looseLinks = count("acceptance", "select count(*) from joint_opinion o where o.previous_digest is not"
                + " null and not exists (select 1 from joint_opinion p where p.digest = o.previous_digest)");
        long newestFollowed = count("acceptance", "select count(*) from joint_opinion o join opinion_chain c"
                + " on o.previous_digest = c.head_digest");
        if (firsts > 1 || sharedLinks + looseLinks + newestFollowed > 0) {
            violations.record("the opinions do not form one chain: " + firsts + " without a previous opinion, "
                    + sharedLinks + " following one another already follows, " + looseLinks
                    + " following none issued, " + newestFollowed + " following the chain's newest");
        }
    }

    private long count(String database, String sql) {
        return count(database, sql, null);
    }

    /** The count {@code sql} gives, its one parameter (if any) the array {@code values}. */
    private long count(String database, String sql, Object[] values) {
        return Long.parseLong(strings(database, sql, values).get(0));
    }

    /** The first column of the rows {@code sql} gives, its one parameter (if any) the array {@code values}. */
    private List<String> strings(String database, String sql, Object[] values) {
        try (Connection connection = DriverManager.getConnection(stack.jdbcUrl(database), EmbeddedPostgresServer.USER,
                ""); PreparedStatement statement = connection.prepareStatement(sql)) {
            if (values != null) {
                statement.setArray(1, connection.createArrayOf(values instanceof UUID[] ? "uuid" : "varchar", values));
            }
            List<String> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows.add(result.getString(1));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw violations.record("cannot read " + database + ": " + e.getMessage());
        }
    }
}
