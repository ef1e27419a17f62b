package org.jointacceptance.notification.digest;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jointacceptance.messaging.acceptance.StageClockChanged;

/** An application as the digest knows it from acceptance-service: when its joint stage is due, and whether it runs. */
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

    @Enumerated(EnumType.STRING)
    @Column(name = "clock_state")
    public StageClockChanged.State clockState;
}
