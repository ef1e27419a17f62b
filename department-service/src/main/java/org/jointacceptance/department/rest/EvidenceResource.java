package org.jointacceptance.department.rest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.jointacceptance.access.Caller;
import org.jointacceptance.access.Role;
import org.jointacceptance.department.evidence.EvidenceFile;
import org.jointacceptance.department.evidence.EvidenceStore;
import org.jointacceptance.department.inspection.Inspection;

/** Evidence files of an inspection: photos and reports its findings cite, stored under their SHA-256 digest. */
@Path("/inspections/{id}/evidence")
@Tag(name = "Evidence")
public class EvidenceResource {

    private final EvidenceStore evidence;
    private final Caller caller;

    public EvidenceResource(EvidenceStore evidence, Caller caller) {
        this.evidence = evidence;
        this.caller = caller;
    }

    @RolesAllowed({ Role.INSPECTOR, Role.COORDINATOR })
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The evidence files attached to the inspection")
    @APIResponse(responseCode = "200", description = "The files")
    @APIResponse(responseCode = "404", description = "No such inspection")
    public List<EvidenceView> list(@PathParam("id") UUID id) {
        Inspection.existing(id);
        return EvidenceFile.of(id).stream().map(EvidenceView::of).toList();
    }

    @RolesAllowed(Role.INSPECTOR)
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Upload an evidence file (multipart: file)", description = "The uploader is the caller. "
            + "Size and media types are limited by configuration; the same content uploaded again is the same file. "
            + "Findings cite it by its sha256.")
    @APIResponse(responseCode = "201", description = "Stored")
    @APIResponse(responseCode = "400", description = "No file, or an empty file")
    @APIResponse(responseCode = "404", description = "No such inspection")
    @APIResponse(responseCode = "413", description = "Larger than allowed")
    @APIResponse(responseCode = "415", description = "A media type not accepted, or content that is not of its declared type")
    public Response upload(@PathParam("id") UUID id, @RestForm("file") @NotNull FileUpload file) {
        byte[] content;
        try {
            content = Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        EvidenceFile stored = evidence.store(id, file.fileName(), file.contentType(), content, caller.name());
        EvidenceView view = EvidenceView.of(stored);
        return Response.status(201).header("Location", view.href()).type(MediaType.APPLICATION_JSON).entity(view)
                .build();
    }

    @RolesAllowed({ Role.INSPECTOR, Role.COORDINATOR })
    @GET
    @Path("/{sha256}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Download an evidence file, its content verified against its digest")
    @APIResponse(responseCode = "200", description = "The file")
    @APIResponse(responseCode = "404", description = "No such inspection or file")
    @APIResponse(responseCode = "409", description = "The stored content no longer matches its digest; it is not served")
    public Response download(@PathParam("id") UUID id,
            @PathParam("sha256") String sha256) {
        EvidenceFile file = evidence.file(id, sha256);
        return Downloads.of(evidence.read(file), file.mediaType, file.name, file.sha256);
    }
}
