package org.jointacceptance.notification.notice;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.runtime.StartupEvent;

/**
 * The notices' Qute templates: {@code templates/notices/<language>/<event type>.txt}, each with a {@code subject}
 * and a {@code body} fragment. Their parameter declarations let the build check every expression against the event
 * records; the service refuses to start when a template of a notice type or language is missing.
 */
@ApplicationScoped
public class NoticeTemplates {

    static final String SUBJECT = "subject";
    static final String BODY = "body";

    private final Engine engine;

    public NoticeTemplates(Engine engine) {
        this.engine = engine;
    }

    void checkEveryNoticeHasItsTemplates(@Observes StartupEvent startup) {
        for (NoticeType type : NoticeType.values()) {
            for (Language language : Language.values()) {
                template(type, language);
            }
        }
    }

    /** Renders the notice of {@code type} in {@code language}; {@code data} holds at least the {@code event}. */
    public Notice render(NoticeType type, Language language, Map<String, Object> data) {
        Template template = template(type, language);
        String subject = instance(template.getFragment(SUBJECT), data).render().strip().replaceAll("\\s+", " ");
        String body = instance(template.getFragment(BODY), data).render().strip();
        return new Notice(subject, body);
    }

    private Template template(NoticeType type, Language language) {
        String id = "notices/" + language.tag() + "/" + type.eventType();
        Template template = engine.getTemplate(id);
        if (template == null || template.getFragment(SUBJECT) == null || template.getFragment(BODY) == null) {
            throw new IllegalStateException("The notice template " + id + ".txt is missing, or lacks its " + SUBJECT
                    + " or " + BODY + " fragment");
        }
        return template;
    }

    private static TemplateInstance instance(Template fragment, Map<String, Object> data) {
        TemplateInstance instance = fragment.instance();
        data.forEach(instance::data);
        return instance;
    }
}
