package org.jointacceptance.acceptance.document;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jointacceptance.problem.UploadedFiles;

/**
 * The signed PDF files of the documents of record, by number and language: each made the first time someone asks
 * for it and kept as it was made, so that every later copy is the same file and its SHA-256 names it.
 */
@ApplicationScoped
public class SignedDocuments {

    private final EntityManager entityManager;
    private final Clock clock;

    SignedDocuments(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** The file of document {@code number} in {@code language}, made by {@code make} if there is none yet. */
    @Transactional
    public byte[] file(String number, String language, Supplier<byte[]> make) {
        byte[] kept = kept(number, language);
        if (kept != null) {
            return kept;
        }
        byte[] made = make.get();
        // two asking at once both make one; the first kept is the document, and both get it
        entityManager.createNativeQuery("""
                insert into signed_document (number, language, content, sha256, made_at)
                values (:number, :language, :content, :sha256, :madeAt) on conflict do nothing""")
                .setParameter("number", number).setParameter("language", language).setParameter("content", made)
                .setParameter("sha256", UploadedFiles.sha256(made)).setParameter("madeAt", OffsetDateTime.now(clock))
                .executeUpdate();
        return kept(number, language);
    }

    /** Whether {@code sha256} names one of the files of document {@code number}. */
    public boolean isFileOf(String number, String sha256) {
        return !entityManager.createNativeQuery(
                "select 1 from signed_document where number = :number and sha256 = :sha256")
                .setParameter("number", number).setParameter("sha256", sha256.toLowerCase()).getResultList()
                .isEmpty();
    }

    private byte[] kept(String number, String language) {
        List<?> content = entityManager.createNativeQuery(
                "select content from signed_document where number = :number and language = :language")
                .setParameter("number", number).setParameter("language", language).getResultList();
        return content.isEmpty() ? null : (byte[]) content.get(0);
    }
}
