package org.jointacceptance.acceptance.project;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A part of a registered project to be accepted, and put into use, on its own, whenever it is finished. */
@Entity
@Table(name = "project_section")
public class ProjectSection extends PanacheEntityBase {

    @Id
    public UUID id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "project_id")
    public RegisteredProject project;

    public int position;

    public String name;

    @Column(name = "declared_at")
    public OffsetDateTime declaredAt;

    static ProjectSection of(RegisteredProject project, String name, OffsetDateTime at) {
        ProjectSection section = new ProjectSection();
        section.id = UUID.randomUUID();
        section.project = project;
        section.position = project.sections.size() + 1;
        section.name = name;
        section.declaredAt = at;
        return section;
    }
}
