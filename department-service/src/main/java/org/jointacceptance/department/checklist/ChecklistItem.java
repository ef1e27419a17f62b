package org.jointacceptance.department.checklist;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One item of an inspection's checklist, as the inspector marked it; a failed item carries its finding. The Chinese
 * texts are missing on items opened before templates carried them.
 */
@Entity
@Table(name = "checklist_item")
public class ChecklistItem extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "inspection_id")
    public UUID inspectionId;

    public int position;

    public String code;

    public String topic;

    @Column(name = "topic_zh")
    public String topicZh;

    public String title;

    @Column(name = "title_zh")
    public String titleZh;

    @Column(name = "key_item")
    public boolean key;

    public String guidance;

    @Column(name = "guidance_zh")
    public String guidanceZh;

    @Enumerated(EnumType.STRING)
    public ItemMark mark;

    public String note;

    @Column(name = "marked_by")
    public String markedBy;

    @Column(name = "marked_at")
    public OffsetDateTime markedAt;

    @JdbcTypeCode(SqlTypes.JSON)
    public ItemFinding finding;

    @JdbcTypeCode(SqlTypes.JSON)
    public EarlierFinding earlier;

    /** A new, unmarked item. */
    public static ChecklistItem unmarked(UUID inspectionId, int position, String code, boolean key, Text text,
            EarlierFinding earlier) {
        ChecklistItem item = new ChecklistItem();
        item.id = UUID.randomUUID();
        item.inspectionId = inspectionId;
        item.position = position;
        item.code = code;
        item.key = key;
        item.topic = text.topic();
        item.topicZh = text.topicZh();
        item.title = text.title();
        item.titleZh = text.titleZh();
        item.guidance = text.guidance();
        item.guidanceZh = text.guidanceZh();
        item.earlier = earlier;
        return item;
    }

    /** What an item says, in English and in Chinese ({@code Zh}; null where there is none). */
    public record Text(String topic, String topicZh, String title, String titleZh, String guidance,
            String guidanceZh) {

        static Text of(ChecklistTemplate.Topic topic, ChecklistTemplate.Item item) {
            return new Text(topic.title(), topic.titleZh(), item.title(), item.titleZh(), item.guidance(),
                    item.guidanceZh());
        }

        static Text of(ChecklistItem item) {
            return new Text(item.topic, item.topicZh, item.title, item.titleZh, item.guidance, item.guidanceZh);
        }
    }
}
