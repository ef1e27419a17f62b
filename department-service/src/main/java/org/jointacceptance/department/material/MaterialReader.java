package org.jointacceptance.department.material;

import java.io.IOException;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.jboss.logging.Logger;
import org.jointacceptance.access.Caller;
import org.jointacceptance.department.inspection.Inspection;
import org.jointacceptance.department.inspection.RequestedMaterial;
import org.jointacceptance.problem.ProblemException;
import org.jointacceptance.problem.UploadedFiles;

/**
 * Reads an inspection's materials through the links its request gave, and serves only content whose SHA-256 digest
 * is the one the request named: a file changed on the way or in storage is refused, never shown to an inspector.
 * acceptance-service is asked on the caller's behalf, with their own bearer token.
 */
@ApplicationScoped
public class MaterialReader {

    private static final Logger LOG = Logger.getLogger(MaterialReader.class);

    private final AcceptanceServiceClient acceptanceService;
    private final Caller caller;

    public MaterialReader(AcceptanceServiceClient acceptanceService, Caller caller) {
        this.acceptanceService = acceptanceService;
        this.caller = caller;
    }

    /** The material of the inspection with this digest; a missing one is a 404. */
    public static RequestedMaterial material(Inspection inspection, String sha256) {
        return inspection.materials.stream().filter(material -> material.sha256().equals(sha256)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("material", sha256));
    }

    /** A link this department follows: a path on acceptance-service, nothing else. */
    public static boolean readable(RequestedMaterial material) {
        String href = material.href();
        return href != null && href.startsWith("/") && !href.startsWith("//") && !href.contains("..")
                && !href.contains("\\") && !href.contains("@");
    }

    public MaterialContent read(UUID inspectionId, String sha256) {
        RequestedMaterial material = material(Inspection.existing(inspectionId), sha256);
        if (!readable(material)) {
            throw unavailable("material-unavailable.no-link", describe(material));
        }
        AcceptanceServiceClient.Answer answer;
        try {
            answer = acceptanceService.get(material.href(), caller.bearerToken());
        } catch (CircuitBreakerOpenException e) {
            throw unavailable("material-unavailable.circuit-open");
        } catch (IOException e) {
            LOG.warnf("Reading material %s failed: %s", material.sha256(), e.getMessage());
            throw unavailable("material-unavailable.unreachable", describe(material));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable("material-unavailable.interrupted", describe(material));
        }
        if (answer.status() != 200) {
            throw unavailable("material-unavailable.refused", describe(material), answer.status());
        }
        if (answer.tooLarge()) {
            throw unavailable("material-unavailable.too-large", describe(material));
        }
        String digest = UploadedFiles.sha256(answer.body());
        if (!digest.equals(material.sha256())) {
            LOG.errorf("Material %s of inspection %s arrived with digest %s; refused", material.sha256(),
                    inspectionId, digest);
            throw ProblemException.conflict("material-digest-mismatch", describe(material), digest, material.sha256());
        }
        return new MaterialContent(material, answer.body());
    }

    private static String describe(RequestedMaterial material) {
        return material.name() == null ? material.sha256() : material.name();
    }

    /** 424: the material depends on acceptance-service, which did not deliver it. */
    private static ProblemException unavailable(String words, Object... facts) {
        return ProblemException.worded("material-unavailable", words, 424, facts);
    }
}
