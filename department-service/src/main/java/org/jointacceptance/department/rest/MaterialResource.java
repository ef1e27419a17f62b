package org.jointacceptance.department.rest;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jointacceptance.access.Role;
import org.jointacceptance.department.inspection.Inspection;
import org.jointacceptance.department.material.MaterialContent;
import org.jointacceptance.department.material.MaterialReader;

/** The application's materials this department needs, read from acceptance-service and verified by digest. */
@Path("/inspections/{id}/materials")
@Tag(name = "Materials")
public class MaterialResource {

    private final MaterialReader materials;

    public MaterialResource(MaterialReader materials) {
        this.materials = materials;
    }

    @RolesAllowed({ Role.INSPECTOR, Role.COORDINATOR })
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The materials the request named")
    @APIResponse(responseCode = "200", description = "The materials")
    @APIResponse(responseCode = "404", description = "No such inspection")
    public List<MaterialView> list(@PathParam("id") UUID id) {
        Inspection inspection = Inspection.existing(id);
        return inspection.materials.stream().map(material -> MaterialView.of(id, material)).toList();
    }

    @RolesAllowed({ Role.INSPECTOR, Role.COORDINATOR })
    @GET
    @Path("/{sha256}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Read a material", description = "Fetched from acceptance-service through the request's "
            + "link, on the caller's behalf (their bearer token goes along); served only when its SHA-256 digest is "
            + "the one the request named.")
    @APIResponse(responseCode = "200", description = "The material")
    @APIResponse(responseCode = "404", description = "No such inspection or material")
    @APIResponse(responseCode = "409", description = "The content read has another digest; it is not served")
    @APIResponse(responseCode = "424", description = "acceptance-service did not deliver it (or refused the "
            + "caller), or the request gave no link")
    public Response read(@PathParam("id") UUID id,
            @PathParam("sha256") String sha256) {
        MaterialContent content = materials.read(id, sha256);
        return Downloads.of(content.bytes(), content.material().mediaType(), content.material().name(), sha256);
    }
}
