package org.jointacceptance.acceptance.application;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** What was built, as the applicant declares it; routing reads these attributes. */
@Embeddable
public class Project {

    @Column(name = "project_code")
    public String code;

    @Column(name = "project_name")
    public String name;

    @Column(name = "project_address")
    public String address;

    @Column(name = "district")
    public String district;

    @Column(name = "project_use")
    public String use;

    @Column(name = "height_m")
    public BigDecimal height;

    @Column(name = "floors_above_ground")
    public int floorsAboveGround;

    @Column(name = "floors_below_ground")
    public int floorsBelowGround;

    @Column(name = "gross_floor_area_m2")
    public BigDecimal grossFloorArea;

    @Enumerated(EnumType.STRING)
    @Column(name = "fire_category")
    public FireCategory fireCategory;

    @Column(name = "civil_air_defense_works")
    public boolean civilAirDefenseWorks;

    @Column(name = "civil_air_defense_area_m2")
    public BigDecimal civilAirDefenseArea;

    @Column(name = "lightning_protection")
    public boolean lightningProtectionRequired;
}
