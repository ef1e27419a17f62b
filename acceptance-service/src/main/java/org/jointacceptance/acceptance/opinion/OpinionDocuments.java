package org.jointacceptance.acceptance.opinion;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jointacceptance.messaging.Readable;
import org.jointacceptance.problem.UploadedFiles;

/**
 * The signed PDF of an opinion in each language, made the first time someone asks for it and kept as it was made:
 * every later copy is the same file, and its SHA-256 verifies it like the opinion's own digest.
 */
@ApplicationScoped
public class OpinionDocuments {

    private final EntityManager entityManager;
    private final OpinionService opinions;
    private final PrintableOpinion printable;
    private final OpinionPdf pdf;
    private final Clock clock;

    OpinionDocuments(EntityManager entityManager, OpinionService opinions, PrintableOpinion printable, OpinionPdf pdf,
            Clock clock) {
        this.entityManager = entityManager;
        this.opinions = opinions;
        this.printable = printable;
        this.pdf = pdf;
        this.clock = clock;
    }

    /** The opinion's signed PDF in {@code language} ({@code en}, else Chinese). */
    @Transactional
    public byte[] pdf(JointOpinion opinion, String language) {
        String tag = Readable.ENGLISH.equals(language) ? Readable.ENGLISH : Readable.CHINESE;
        byte[] kept = kept(opinion.number, tag);
        if (kept != null) {
            return kept;
        }
        byte[] made = pdf.render(opinion, printable.document(opinion, opinions.content(opinion), tag));
        // two asking at once both make one; the first kept is the document, and both get it
        entityManager.createNativeQuery("""
                insert into opinion_document (opinion_number, language, content, sha256, made_at)
                values (:number, :language, :content, :sha256, :madeAt) on conflict do nothing""")
                .setParameter("number", opinion.number).setParameter("language", tag).setParameter("content", made)
                .setParameter("sha256", UploadedFiles.sha256(made)).setParameter("madeAt", OffsetDateTime.now(clock))
                .executeUpdate();
        return kept(opinion.number, tag);
    }

    private byte[] kept(String number, String language) {
        List<?> content = entityManager.createNativeQuery(
                "select content from opinion_document where opinion_number = :number and language = :language")
                .setParameter("number", number).setParameter("language", language).getResultList();
        return content.isEmpty() ? null : (byte[]) content.get(0);
    }
}
