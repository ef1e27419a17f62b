package org.jointacceptance.notification.digest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An application as the digest knows it: when its joint stage is due, and whether it is still open. */
@Entity
@Table(name = "open_application")
public class OpenApplication {

    @Id
    @Column(name = "application_id")
    public UUID applicationId;

    @Column(name = "project_name")
    public String projectName;

    @Column(name = "due_date")
    public LocalDate dueDate;

    @Column(name = "closed_at")
    public OffsetDateTime closedAt;
}
