package org.jointacceptance.acceptance.application;

import java.math.BigDecimal;
import java.util.Objects;

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

    /** A copy to keep apart, as a version or an application keeps the attributes it was declared with. */
    public Project copy() {
        Project copy = new Project();
        copy.code = code;
        copy.name = name;
        copy.address = address;
        copy.district = district;
        copy.use = use;
        copy.height = height;
        copy.floorsAboveGround = floorsAboveGround;
        copy.floorsBelowGround = floorsBelowGround;
        copy.grossFloorArea = grossFloorArea;
        copy.fireCategory = fireCategory;
        copy.civilAirDefenseWorks = civilAirDefenseWorks;
        copy.civilAirDefenseArea = civilAirDefenseArea;
        copy.lightningProtectionRequired = lightningProtectionRequired;
        return copy;
    }

    /** Whether {@code other} declares the same: numbers by their value, 54.6 the same as 54.60. */
    public boolean sameAs(Project other) {
        return Objects.equals(code, other.code) && Objects.equals(name, other.name)
                && Objects.equals(address, other.address) && Objects.equals(district, other.district)
                && Objects.equals(use, other.use) && sameNumber(height, other.height)
                && floorsAboveGround == other.floorsAboveGround && floorsBelowGround == other.floorsBelowGround
                && sameNumber(grossFloorArea, other.grossFloorArea) && fireCategory == other.fireCategory
                && civilAirDefenseWorks == other.civilAirDefenseWorks
                && sameNumber(civilAirDefenseArea, other.civilAirDefenseArea)
                && lightningProtectionRequired == other.lightningProtectionRequired;
    }

    private static boolean sameNumber(BigDecimal one, BigDecimal other) {
        return one == null ? other == null : other != null && one.compareTo(other) == 0;
    }
}
