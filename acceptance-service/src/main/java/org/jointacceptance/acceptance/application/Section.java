package org.jointacceptance.acceptance.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A part of the project that is accepted, and may be put into use, on its own. */
@Entity
public class Section extends PanacheEntityBase {

    @Id
    public UUID id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "application_id")
    public Application application;

    public int position;

    public String name;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> buildings = new ArrayList<>();

    @Column(name = "floor_area_m2")
    public BigDecimal floorArea;

    @Enumerated(EnumType.STRING)
    public SectionStatus status;

    /** The current inspection round: 1, then one more after each rectification. */
    public int round;

    /** The last round allowed, when a coordinator reopened the section; otherwise the city's limit applies. */
    @Column(name = "round_limit")
    public Integer roundLimit;

    /** While the section awaits rectification: the last day the applicant may answer the notice. */
    @Column(name = "rectify_by")
    public LocalDate rectifyBy;

    @OneToMany(mappedBy = "section", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("round, department")
    public List<SectionInspection> inspections = new ArrayList<>();

    public Optional<SectionInspection> inspection(String department, int inRound) {
        return inspections.stream()
                .filter(inspection -> inspection.round == inRound && inspection.department.equals(department))
                .findFirst();
    }

    public List<SectionInspection> inspectionsOfRound(int inRound) {
        return inspections.stream().filter(inspection -> inspection.round == inRound).toList();
    }
}
