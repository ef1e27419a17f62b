package org.jointacceptance.portal;

import java.io.IOException;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * The public page a printed opinion's QR code opens: whether the copy in hand is the opinion that was issued, from the
 * digest printed on paper or from the signed PDF file itself. Anyone may use it, without signing in; it shows the
 * number, project, section and issue date, nothing about people.
 */
@Path("/verify")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class VerificationPage {

    private static final Pattern DIGEST = Pattern.compile("^[0-9a-fA-F]{64}$");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(String number, String digest, String problem);

        static native TemplateInstance result(PublicAcceptanceService.Verification result, boolean file);
    }

    private final PublicAcceptanceService acceptance;
    private final PageContext page;

    VerificationPage(@RestClient PublicAcceptanceService acceptance, PageContext page) {
        this.acceptance = acceptance;
        this.page = page;
    }

    /** The form, for a number and digest typed from the paper. */
    @GET
    public TemplateInstance form(@QueryParam("number") String number, @QueryParam("digest") String digest) {
        if (number != null && !number.isBlank()) {
            return verify(number.trim(), digest);
        }
        return page.render(Templates.form("", digest == null ? "" : digest, null));
    }

    @GET
    @Path("/{number}")
    public TemplateInstance verify(@PathParam("number") String number, @QueryParam("digest") String digest) {
        String typed = digest == null ? "" : digest.trim();
        if (!DIGEST.matcher(typed).matches()) {
            return page.render(Templates.form(number, typed, "badDigest"));
        }
        return result(number, typed, false);
    }

    /** The check of an electronic copy: the SHA-256 of the PDF file in hand, against the signed files issued. */
    @POST
    @Path("/file")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public TemplateInstance verifyFile(@RestForm String number, @RestForm("file") FileUpload file) throws IOException {
        String opinion = number == null ? "" : number.trim();
        if (file == null || file.size() == 0) {
            return page.render(Templates.form(opinion, "", "noFile"));
        }
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return result(opinion, HexFormat.of().formatHex(sha256.digest(Files.readAllBytes(file.uploadedFile()))), true);
    }

    private TemplateInstance result(String number, String digest, boolean file) {
        try {
            return page.render(Templates.result(acceptance.verify(number, digest), file));
        } catch (WebApplicationException refused) {
            if (refused.getResponse().getStatus() == 404) {
                return page.render(Templates.form(number, file ? "" : digest,
                        file ? "noSuchFileOpinion" : "noSuchOpinion"));
            }
            throw refused;
        }
    }
}
