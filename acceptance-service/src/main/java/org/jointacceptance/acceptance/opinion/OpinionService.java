package org.jointacceptance.acceptance.opinion;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jointacceptance.acceptance.application.Application;
import org.jointacceptance.acceptance.application.InspectionState;
import org.jointacceptance.acceptance.application.Project;
import org.jointacceptance.acceptance.application.Section;
import org.jointacceptance.acceptance.application.SectionInspection;
import org.jointacceptance.acceptance.clock.JointStageClock;
import org.jointacceptance.acceptance.document.SignedDocuments;
import org.jointacceptance.acceptance.timeline.Particulars;
import org.jointacceptance.acceptance.timeline.Timeline;
import org.jointacceptance.messaging.acceptance.OpinionIssued;
import org.jointacceptance.problem.UploadedFiles;

/** Issues the numbered, digest-sealed joint acceptance opinion of an accepted section, and verifies one. */
@ApplicationScoped
public class OpinionService {

    private static final ObjectMapper CANONICAL = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private final EntityManager entityManager;
    private final JointStageClock stageClock;
    private final Timeline timeline;
    private final Clock clock;
    private final String numberPrefix;
    private final String leadDepartment;
    private final SignedDocuments signedDocuments;

    public OpinionService(EntityManager entityManager, JointStageClock stageClock, Timeline timeline,
            Clock clock, @ConfigProperty(name = "acceptance.opinion.number-prefix") String numberPrefix,
            @ConfigProperty(name = "acceptance.lead-department") String leadDepartment,
            SignedDocuments signedDocuments) {
        this.entityManager = entityManager;
        this.stageClock = stageClock;
        this.timeline = timeline;
        this.clock = clock;
        this.numberPrefix = numberPrefix;
        this.leadDepartment = leadDepartment;
        this.signedDocuments = signedDocuments;
    }

    /**
     * Issues the opinion of a section that has just been accepted, linked into the opinions' chain. The chain is held
     * from the link until the transaction commits: the caller issues the opinion as late in it as it can.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public JointOpinion issue(Section section) {
        LocalDate today = stageClock.today();
        long sequence = ((Number) entityManager.createNativeQuery("select nextval('opinion_number_seq')")
                .getSingleResult()).longValue();
        String number = String.format("%s-%d-%06d", numberPrefix, today.getYear(), sequence);
        Application application = section.application;
        Project project = application.project;
        OpinionContent content = new OpinionContent(number, leadDepartment, today, project.code, project.name,
                project.address, project.district, application.applicant.creditCode, application.applicant.name,
                section.name, List.copyOf(section.buildings), section.floorArea, section.round,
                conclusions(section), section.notice().signedByName);

        JointOpinion opinion = new JointOpinion();
        opinion.number = number;
        opinion.section = section;
        opinion.content = canonical(content);
        opinion.issuedAt = OffsetDateTime.now(clock);
        OpinionChain.held().link(opinion);
        opinion.persist();

        timeline.announce(application.id, section.id, "system", "OPINION_ISSUED",
                "Joint acceptance opinion " + number + ", SHA-256 " + opinion.digest, Particulars.subject(number),
                new OpinionIssued(application.id,
                        section.id, section.name, project.name, application.applicant.toEvent(), number,
                        opinion.digest, today));
        return opinion;
    }

    /**
     * Withdraws the section's opinion in force, if one is, saying why: it stays on record, and its public
     * verification says it was withdrawn.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void withdraw(Section section, String reason) {
        JointOpinion opinion = JointOpinion.currentOf(section.id);
        if (opinion == null) {
            return;
        }
        opinion.withdrawnAt = OffsetDateTime.now(clock);
        opinion.withdrawnReason = reason;
        JointOpinion.flush(); // withdrawn first: the section may be accepted again at once, with a new opinion
        timeline.record(section.application.id, section.id, "system", "OPINION_WITHDRAWN", "Joint acceptance "
                + "opinion " + opinion.number + " withdrawn: " + reason, Particulars.subject(opinion.number)
                        .because(reason), null);
    }

    /**
     * Whether {@code digest} is the one issued with the opinion or the SHA-256 of one of its signed PDF files, and
     * whether the stored opinion is intact.
     */
    public Verification verify(JointOpinion opinion, String digest) {
        boolean intact = digest(opinion.previousDigest, opinion.content).equals(opinion.digest);
        OpinionContent content = intact ? content(opinion) : null;
        boolean ofPdf = signedDocuments.isFileOf(opinion.number, digest);
        return new Verification(opinion.number, digest.equalsIgnoreCase(opinion.digest) || ofPdf, ofPdf, intact,
                opinion.issuedAt.atZoneSameInstant(JointStageClock.CHINA).toLocalDate(),
                content == null ? null : content.projectName(), content == null ? null : content.sectionName(),
                opinion.withdrawnAt == null ? null
                        : opinion.withdrawnAt.atZoneSameInstant(JointStageClock.CHINA).toLocalDate());
    }

    /**
     * The answer of the public verification: whether the digest is the opinion's (or its PDF file's, {@code pdf}),
     * what the copy in hand can be compared with (the project and section only while the stored opinion is intact),
     * the day it was withdrawn, if it was (then it no longer attests the acceptance), and nothing about the firm or
     * the people.
     */
    public record Verification(String number, boolean digestMatches, boolean pdf, boolean contentIntact, LocalDate issuedOn,
            String projectName, String sectionName, LocalDate withdrawnOn) {
    }

    public OpinionContent content(JointOpinion opinion) {
        try {
            return CANONICAL.readValue(opinion.content, OpinionContent.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Opinion " + opinion.number + " has unreadable content", e);
        }
    }

    private static List<OpinionContent.DepartmentConclusion> conclusions(Section section) {
        Map<String, SectionInspection> last = section.inspections.stream()
                .filter(inspection -> inspection.state == InspectionState.PASSED
                        || inspection.state == InspectionState.NOT_APPLICABLE)
                .collect(Collectors.toMap(inspection -> inspection.department, inspection -> inspection,
                        (a, b) -> a.round >= b.round ? a : b));
        List<OpinionContent.DepartmentConclusion> conclusions = new ArrayList<>();
        last.values().stream().sorted(Comparator.comparing(inspection -> inspection.department))
                .forEach(inspection -> conclusions.add(new OpinionContent.DepartmentConclusion(inspection.department,
                        inspection.state.name(), inspection.inspector, inspection.inspectedOn, inspection.round,
                        inspection.reason, inspection.inspectorName, inspection.passedOnFiling)));
        return conclusions;
    }

    private static String canonical(OpinionContent content) {
        try {
            return CANONICAL.writeValueAsString(content);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the opinion", e);
        }
    }

    static String digest(String previousDigest, String content) {
        String chained = (previousDigest == null ? "" : previousDigest) + "\n" + content;
        return UploadedFiles.sha256(chained.getBytes(StandardCharsets.UTF_8));
    }
}
