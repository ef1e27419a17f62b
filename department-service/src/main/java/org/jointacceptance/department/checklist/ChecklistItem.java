package org.jointacceptance.department.checklist;

import java.time.OffsetDateTime;
import java.util.List;
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

/** One item of an inspection's checklist, as the inspector marked it; a failed item carries its finding. */
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

    public String title;

    @Column(name = "key_item")
    public boolean key;

    public String guidance;

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

    public static List<ChecklistItem> of(UUID inspectionId) {
        return list("inspectionId = ?1 order by position", inspectionId);
    }

    public static ChecklistItem of(UUID inspectionId, String code) {
        return find("inspectionId = ?1 and code = ?2", inspectionId, code).firstResult();
    }

    /** A new, unmarked item. */
    public static ChecklistItem unmarked(UUID inspectionId, int position, String code, String topic, String title,
            boolean key, String guidance, EarlierFinding earlier) {
        ChecklistItem item = new ChecklistItem();
        item.id = UUID.randomUUID();
        item.inspectionId = inspectionId;
        item.position = position;
        item.code = code;
        item.topic = topic;
        item.title = title;
        item.key = key;
        item.guidance = guidance;
        item.earlier = earlier;
        return item;
    }
}
