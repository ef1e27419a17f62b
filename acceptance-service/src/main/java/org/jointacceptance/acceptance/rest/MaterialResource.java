package org.jointacceptance.acceptance.rest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.jointacceptance.acceptance.application.Application;
import org.jointacceptance.acceptance.owed.OwedMaterials;
import org.jointacceptance.acceptance.material.Material;
import org.jointacceptance.acceptance.material.MaterialStore;
import org.jointacceptance.access.Role;
import org.jointacceptance.problem.ProblemException;

/** The electronic materials of an application: uploaded once, stored by SHA-256, served only while intact. */
@Path("/applications/{id}/materials")
@Tag(name = "Materials")
public class MaterialResource {

    private final MaterialStore store;
    private final OwedMaterials owedMaterials;
    private final VisibleApplications visible;

    public MaterialResource(MaterialStore store, OwedMaterials owedMaterials, VisibleApplications visible) {
        this.store = store;
        this.owedMaterials = owedMaterials;
        this.visible = visible;
    }

    /** The upload form, as the API document shows it. */
    @Schema(name = "MaterialForm")
    public record MaterialForm(
            @Schema(type = SchemaType.STRING, format = "binary", description = "The file") Object file,
            @Schema(example = "fire-testing-report", maxLength = 64, description = "One of the application's required"
                    + " material types, or rectification-evidence") String type) {
    }

    /** A stored material as listed. */
    public record MaterialView(UUID id, String type, String name, String mediaType, long size, String sha256,
            OffsetDateTime uploadedAt) {

        static MaterialView of(Material material) {
            return new MaterialView(material.id, material.type, material.name, material.mediaType, material.size,
                    material.sha256, material.uploadedAt);
        }
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Upload a material or a piece of rectification evidence",
            description = "Multipart form: `file` (PDF, JPEG or PNG) and `type`: one of the application's "
                    + "`requiredMaterials` (e.g. fire-testing-report), or rectification-evidence. The answer carries "
                    + "the file's SHA-256, by which it is referred to. A material owed since intake is settled by "
                    + "uploading one of its type.")
    @APIResponse(responseCode = "201", description = "Stored")
    @APIResponse(responseCode = "413", description = "Too large")
    @APIResponse(responseCode = "415", description = "Media type not accepted")
    @RequestBody(content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
            schema = @Schema(implementation = MaterialForm.class)))
    @RolesAllowed(Role.APPLICANT)
    @Transactional
    public Response upload(@PathParam("id") UUID id, @RestForm("file") @NotNull FileUpload file,
            @RestForm("type") @NotBlank @Size(max = 64) @Pattern(regexp = "^[a-z0-9][a-z0-9-]*$",
                    message = "{jointacceptance.hyphenated-words}") String type) {
        Application application = visible.get(id);
        byte[] content;
        try {
            content = Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the upload", e);
        }
        Material material = store.store(application.id, type, file.fileName(), file.contentType(), content,
                "applicant:" + application.applicant.creditCode);
        owedMaterials.supplied(application, material);
        return Response.status(Response.Status.CREATED).type(MediaType.APPLICATION_JSON)
                .entity(MaterialView.of(material)).build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The application's materials", description = "For the applicant, coordinators, and "
            + "the inspectors of the departments the application is routed to.")
    @RolesAllowed({ Role.APPLICANT, Role.COORDINATOR, Role.LEAD_CENTER, Role.INSPECTOR })
    public List<MaterialView> list(@PathParam("id") UUID id) {
        return Material.ofApplication(visible.get(id).id).stream().map(MaterialView::of).toList();
    }

    @GET
    @Path("/{sha256}")
    @Operation(summary = "Download a material; refused if its stored bytes no longer match their digest")
    @APIResponse(responseCode = "409", description = "The stored file was altered")
    @RolesAllowed({ Role.APPLICANT, Role.COORDINATOR, Role.LEAD_CENTER, Role.INSPECTOR })
    public Response download(@PathParam("id") UUID id, @PathParam("sha256") String sha256) {
        Material material = Material.<Material>find("applicationId = ?1 and sha256 = ?2", visible.get(id).id, sha256)
                .firstResult();
        if (material == null) {
            throw ProblemException.notFound("material", sha256);
        }
        return Response.ok(store.read(material), material.mediaType)
                .header("Content-Disposition", "attachment; filename=\"" + material.name + "\"")
                .header("Digest", "sha-256=" + material.sha256)
                .build();
    }
}
