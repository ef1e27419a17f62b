package org.jointacceptance.acceptance.project;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import org.jointacceptance.acceptance.application.Project;
import org.jointacceptance.problem.ProblemException;

/**
 * A construction project registered once by its construction permit's project code, unique in the city, and owned by
 * the firm that registered it: its attributes, versioned, and the sections declared on it, each applied for when
 * finished.
 */
@Entity
@Table(name = "project")
public class RegisteredProject extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "owner_credit_code")
    public String ownerCreditCode;

    @Column(name = "owner_name")
    public String ownerName;

    /** The version of {@link #attributes}: 1 as registered, one more with each change. */
    public int version;

    @Column(name = "registered_at")
    public OffsetDateTime registeredAt;

    /** The attributes as last declared; routing reads an application's own copy, as declared with it. */
    @Embedded
    public Project attributes;

    /** The overall filing (整体备案) in force, once every declared section is accepted: no section is declared after it. */
    @Column(name = "filing_number")
    public String filingNumber;

    @OneToMany(mappedBy = "project", cascade = CascadeType.ALL)
    @OrderBy("position")
    public List<ProjectSection> sections = new ArrayList<>();

    /** Registers a project for the firm, its sections declared. The caller has made sure no project has the code. */
    static RegisteredProject register(Project attributes, String ownerCreditCode, String ownerName,
            List<String> sectionNames, OffsetDateTime at) {
        RegisteredProject project = new RegisteredProject();
        project.id = UUID.randomUUID();
        project.ownerCreditCode = ownerCreditCode;
        project.ownerName = ownerName;
        project.version = 1;
        project.registeredAt = at;
        project.attributes = attributes.copy();
        sectionNames.forEach(name -> project.declare(name, at));
        return project;
    }

    /** The project registered with the code, if one is. */
    public static Optional<RegisteredProject> withCode(String code) {
        return find("attributes.code", code).firstResultOptional();
    }

    /** Refuses a firm that is not the project's owner: a project is applied for by the firm that registered it. */
    public void requireOwner(String creditCode) {
        if (!ownerCreditCode.equals(creditCode)) {
            throw ProblemException.conflict("project-of-another-firm", attributes.code);
        }
    }

    /** The attributes are declared again; returns whether they changed, and so became the next version. */
    boolean change(Project declared) {
        if (!attributes.code.equals(declared.code)) {
            throw ProblemException.invalid("project-code-changed", attributes.code);
        }
        if (attributes.sameAs(declared)) {
            return false;
        }
        version++;
        attributes = declared.copy();
        return true;
    }

    /** The section declared with the name, if one is. */
    public Optional<ProjectSection> section(String name) {
        return sections.stream().filter(section -> section.name.equals(name)).findFirst();
    }

    /** Declares one more section; refused once the project is filed, and when a section has the name already. */
    ProjectSection declare(String name, OffsetDateTime at) {
        if (filingNumber != null) {
            throw ProblemException.conflict("project-filed", attributes.code, filingNumber);
        }
        if (section(name).isPresent()) {
            throw ProblemException.conflict("section-declared", name, attributes.code);
        }
        ProjectSection section = ProjectSection.of(this, name, at);
        sections.add(section);
        return section;
    }
}
