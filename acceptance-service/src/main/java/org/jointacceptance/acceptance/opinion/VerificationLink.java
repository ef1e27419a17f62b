package org.jointacceptance.acceptance.opinion;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.enterprise.context.ApplicationScoped;

import io.nayuki.qrcodegen.QrCode;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where anyone holding a printed opinion checks it: the portal's public verification page for the opinion's number
 * and digest, printed on the opinion as a link and as a QR code a phone's camera reads.
 */
@ApplicationScoped
public class VerificationLink {

    /** White modules around the code, as the QR specification asks. */
    private static final int QUIET_ZONE = 4;

    private final String portal;

    VerificationLink(@ConfigProperty(name = "acceptance.portal-url") String portal) {
        this.portal = portal.endsWith("/") ? portal.substring(0, portal.length() - 1) : portal;
    }

    public String of(JointOpinion opinion) {
        return portal + "/verify/" + URLEncoder.encode(opinion.number, StandardCharsets.UTF_8) + "?digest="
                + opinion.digest;
    }

    /** The link as a QR code, an SVG image {@code size} wide. */
    public String qrCode(JointOpinion opinion, String size) {
        boolean[][] dark = modules(opinion);
        int extent = dark.length + 2 * QUIET_ZONE;
        StringBuilder modules = new StringBuilder();
        for (int y = 0; y < dark.length; y++) {
            for (int x = 0; x < dark.length; x++) {
                if (dark[y][x]) {
                    modules.append('M').append(x + QUIET_ZONE).append(',').append(y + QUIET_ZONE).append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + extent + " " + extent + "\" width=\"" + size
                + "\" height=\"" + size + "\" role=\"img\" aria-label=\"QR\" shape-rendering=\"crispEdges\">"
                + "<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path d=\"" + modules + "\" fill=\"#000\"/></svg>";
    }

    /** The link's QR code as its dark modules, {@code [y][x]}, without the quiet zone around them. */
    public boolean[][] modules(JointOpinion opinion) {
        QrCode code = QrCode.encodeText(of(opinion), QrCode.Ecc.MEDIUM);
        boolean[][] dark = new boolean[code.size][code.size];
        for (int y = 0; y < code.size; y++) {
            for (int x = 0; x < code.size; x++) {
                dark[y][x] = code.getModule(x, y);
            }
        }
        return dark;
    }
}
