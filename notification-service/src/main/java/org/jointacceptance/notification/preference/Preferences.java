package org.jointacceptance.notification.preference;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jointacceptance.notification.notice.Channel;
import org.jointacceptance.notification.notice.Language;
import org.jointacceptance.notification.notice.NoticeType;
import org.jointacceptance.problem.ProblemException;
import org.jointacceptance.problem.ProblemWords;

/**
 * What each recipient chose: the language of their notices, and which notices they switched off on which channel.
 * Someone who chose nothing reads the default language and gets every notice; notices the law requires cannot be
 * switched off.
 */
@ApplicationScoped
public class Preferences {

    private final EntityManager entityManager;
    private final Clock clock;
    private final Language defaultLanguage;

    public Preferences(EntityManager entityManager, Clock clock,
            @ConfigProperty(name = "notification.language.default") String defaultLanguage) {
        this.entityManager = entityManager;
        this.clock = clock;
        this.defaultLanguage = Language.of(defaultLanguage);
    }

    /** One notice type on one channel. */
    public record Switch(Channel channel, NoticeType type) {
    }

    @Transactional
    public Language language(String recipient) {
        List<?> chosen = entityManager.createNativeQuery("select language from recipient_language where recipient = :r")
                .setParameter("r", recipient).getResultList();
        return chosen.isEmpty() ? defaultLanguage : Language.of((String) chosen.get(0));
    }

    @Transactional
    public void chooseLanguage(String recipient, Language language) {
        entityManager.createNativeQuery("""
                insert into recipient_language (recipient, language, chosen_at) values (:r, :language, :at)
                on conflict (recipient) do update set language = excluded.language, chosen_at = excluded.chosen_at""")
                .setParameter("r", recipient).setParameter("language", language.tag())
                .setParameter("at", OffsetDateTime.now(clock)).executeUpdate();
    }

    /** The notice types {@code recipient} switched off, per channel. */
    @Transactional
    public Set<Switch> switchedOff(String recipient) {
        Set<Switch> off = new HashSet<>();
        for (Object row : entityManager.createNativeQuery(
                "select channel, event_type from switched_off_notice where recipient = :r")
                .setParameter("r", recipient).getResultList()) {
            Object[] columns = (Object[]) row;
            Channel.of((String) columns[0]).ifPresent(channel -> NoticeType.ofEventType((String) columns[1])
                    .ifPresent(type -> off.add(new Switch(channel, type))));
        }
        return off;
    }

    /** Switches a notice type on or off on a channel; refused for a type whose every notice the law requires. */
    @Transactional
    public void switchNotice(String recipient, Switch notice, boolean on) {
        if (on) {
            entityManager.createNativeQuery("""
                    delete from switched_off_notice where recipient = :r and channel = :channel and event_type = :type""")
                    .setParameter("r", recipient).setParameter("channel", notice.channel().code())
                    .setParameter("type", notice.type().eventType()).executeUpdate();
            return;
        }
        if (!notice.type().switchable()) {
            throw ProblemException.conflict("notice-required-by-law", notice.type().eventType(),
                    (ProblemWords.Fact) language -> notice.type().whyRequired(language).orElseThrow());
        }
        entityManager.createNativeQuery("""
                insert into switched_off_notice (recipient, channel, event_type, switched_off_at)
                values (:r, :channel, :type, :at) on conflict do nothing""")
                .setParameter("r", recipient).setParameter("channel", notice.channel().code())
                .setParameter("type", notice.type().eventType()).setParameter("at", OffsetDateTime.now(clock))
                .executeUpdate();
    }
}
