package org.jointacceptance.acceptance.intake;

import java.security.SecureRandom;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jointacceptance.acceptance.application.Application;

/**
 * What the intake receipt gives an accepted application: its number ({@code DL-SQ-2026-000123}) and a lookup code of
 * eight letters and digits that are not mistaken for one another, with which anyone holding the receipt looks up its
 * stage.
 */
@ApplicationScoped
public class IntakeReceipts {

    static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    static final int CODE_LENGTH = 8;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final EntityManager entityManager;
    private final String numberPrefix;

    IntakeReceipts(EntityManager entityManager,
            @ConfigProperty(name = "acceptance.intake.number-prefix") String numberPrefix) {
        this.entityManager = entityManager;
        this.numberPrefix = numberPrefix;
    }

    /** Numbers the application accepted on {@code acceptedOn} and gives it its lookup code. */
    void issue(Application application, LocalDate acceptedOn) {
        long sequence = ((Number) entityManager.createNativeQuery("select nextval('application_number_seq')")
                .getSingleResult()).longValue();
        application.number = String.format("%s-%d-%06d", numberPrefix, acceptedOn.getYear(), sequence);
        StringBuilder code = new StringBuilder(CODE_LENGTH);
        for (int i = 0; i < CODE_LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        application.lookupCode = code.toString();
    }
}
