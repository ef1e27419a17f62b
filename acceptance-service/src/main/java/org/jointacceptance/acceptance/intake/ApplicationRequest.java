package org.jointacceptance.acceptance.intake;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jointacceptance.acceptance.application.FireCategory;
import org.jointacceptance.acceptance.application.Project;

/** What a construction firm submits at the one window. */
@Schema(name = "ApplicationRequest", description = "An application for joint completion acceptance")
public record ApplicationRequest(
        @NotNull @Valid ApplicantRequest applicant,
        @NotNull @Valid ProjectRequest project,
        @NotEmpty @Size(max = 50) List<@NotNull @Valid SectionRequest> sections) {

    /** The applying firm and its contact person. */
    @Schema(name = "Applicant")
    public record ApplicantRequest(
            @NotBlank @Size(max = 18) @CreditCode @Schema(example = "91210200MA0QC8K63J") String creditCode,
            @NotBlank @Size(max = 200) @Schema(example = "Dalian Haiwan Construction Co., Ltd.") String name,
            @NotBlank @Size(max = 100) @Schema(example = "Wang Li") String contactName,
            @NotBlank @Pattern(regexp = "^\\+?[0-9][0-9 -]{4,30}$") @Schema(example = "+86 411 8888 0000") String contactPhone,
            @NotBlank @Email @Size(max = 254) @Schema(example = "wang.li@haiwan.example") String contactEmail) {
    }

    /** The project as built. */
    @Schema(name = "Project")
    public record ProjectRequest(
            @NotBlank @Size(max = 64) @Schema(example = "2102022024-0117") String code,
            @NotBlank @Size(max = 200) @Schema(example = "Haiwan Residences Phase II") String name,
            @NotBlank @Size(max = 300) @Schema(example = "88 Renmin Road, Zhongshan District, Dalian") String address,
            @NotNull @Pattern(regexp = "^[1-8][0-9]{5}$", message = "{jointacceptance.region-code}")
            @Schema(example = "210202") String district,
            @NotBlank @Size(max = 100) @Schema(example = "residential") String use,
            @NotNull @DecimalMin("0") @DecimalMax("1000") @Schema(example = "54.6") BigDecimal height,
            @NotNull @Min(0) @Max(200) @Schema(example = "18") Integer floorsAboveGround,
            @NotNull @Min(0) @Max(30) @Schema(example = "2") Integer floorsBelowGround,
            @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("10000000") @Schema(example = "23500.5") BigDecimal grossFloorArea,
            @NotNull @Schema(example = "SPECIAL") FireCategory fireCategory,
            @NotNull @Schema(example = "true") Boolean civilAirDefenseWorks,
            @DecimalMin("0") @DecimalMax("10000000") @Schema(example = "3200") BigDecimal civilAirDefenseArea,
            @NotNull @Schema(example = "true") Boolean lightningProtectionRequired) {

        /** The attributes as the project keeps them. */
        public Project toProject() {
            Project project = new Project();
            project.code = code;
            project.name = name;
            project.address = address;
            project.district = district;
            project.use = use;
            project.height = height;
            project.floorsAboveGround = floorsAboveGround;
            project.floorsBelowGround = floorsBelowGround;
            project.grossFloorArea = grossFloorArea;
            project.fireCategory = fireCategory;
            project.civilAirDefenseWorks = civilAirDefenseWorks;
            project.civilAirDefenseArea = civilAirDefenseArea;
            project.lightningProtectionRequired = lightningProtectionRequired;
            return project;
        }
    }

    /** A part of the project to be accepted on its own. */
    @Schema(name = "SectionRequest")
    public record SectionRequest(
            @NotBlank @Size(max = 200) @Schema(example = "Section 1: towers 1# and 2#") String name,
            @NotEmpty @Size(max = 100) @Schema(example = "[\"1#\", \"2#\"]") List<@NotBlank @Size(max = 50) String> buildings,
            @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("10000000") @Schema(example = "12000") BigDecimal floorArea) {
    }
}
