package org.jointacceptance.department.checklist;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.jointacceptance.department.inspection.TemplateVersion;

/**
 * A department's checklist as data: versioned, items grouped by topic, each with a stable code and marked key or
 * not, every text in English and, in its {@code Zh} sibling, in Chinese. Read from {@code checklists/<template>.json}.
 */
public record ChecklistTemplate(String template, int version, String title, String titleZh, List<Topic> topics) {

    /** A group of items, e.g. "Automatic sprinklers" (自动喷水灭火系统). */
    public record Topic(String title, String titleZh, List<Item> items) {
    }

    /** One thing to check; {@code key} items decide acceptance and are never waved through as not applicable. */
    public record Item(String code, String title, String titleZh, boolean key, String guidance, String guidanceZh) {
    }

    public TemplateVersion templateVersion() {
        return new TemplateVersion(template, version);
    }

    public Stream<Item> items() {
        return topics.stream().flatMap(topic -> topic.items().stream());
    }

    /** Refuses a template a checklist cannot be opened from; says what is wrong. */
    public ChecklistTemplate validated(String source) {
        if (template == null || template.isBlank() || version < 1 || title == null || topics == null || topics.isEmpty()) {
            throw new IllegalStateException(source + ": a template needs a name, a version of 1 or more, a title and topics");
        }
        Set<String> codes = new HashSet<>();
        Set<String> titles = new HashSet<>();
        for (Topic topic : topics) {
            if (topic.title() == null || topic.title().isBlank() || topic.items() == null || topic.items().isEmpty()) {
                throw new IllegalStateException(source + ": every topic needs a title and items");
            }
            for (Item item : topic.items()) {
                if (item.code() == null || !item.code().matches("[a-z0-9][a-z0-9.-]{0,99}")) {
                    throw new IllegalStateException(source + ": item code '" + item.code()
                            + "' must be lower-case letters, digits, dots and dashes");
                }
                if (item.title() == null || item.title().isBlank()) {
                    throw new IllegalStateException(source + ": item " + item.code() + " has no title");
                }
                if (!codes.add(item.code()) || !titles.add(item.title())) {
                    throw new IllegalStateException(source + ": item " + item.code() + " repeats a code or a title");
                }
            }
        }
        return this;
    }
}
