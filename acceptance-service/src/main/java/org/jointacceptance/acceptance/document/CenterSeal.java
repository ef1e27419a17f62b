package org.jointacceptance.acceptance.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Calendar;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The lead center's seal on the documents it issues: a PDF signature (PAdES baseline B: a detached CMS signature
 * over the whole file but the signature itself, naming the signing certificate) made with the center's key, so that
 * any PDF reader shows who signed and that nothing changed since. The key and its certificate come from a PKCS #12
 * key store; where the configuration allows it (the local run, the tests), the service makes one, self-signed, the
 * first time and keeps it at the configured place.
 */
@ApplicationScoped
public class CenterSeal {

    private static final Logger LOG = Logger.getLogger(CenterSeal.class);
    private static final String ALIAS = "center";
    /** Room for the CMS signature in the file: a 2048-bit RSA signature and its certificate need about 2 KiB. */
    private static final int SIGNATURE_SIZE = 8 * 1024;

    private final PrivateKey key;
    private final X509Certificate certificate;
    private final String signer;
    private final Clock clock;

    CenterSeal(@ConfigProperty(name = "acceptance.seal.key-store") Path keyStore,
            @ConfigProperty(name = "acceptance.seal.password") String password,
            @ConfigProperty(name = "acceptance.seal.create-if-absent") boolean createIfAbsent,
            @ConfigProperty(name = "acceptance.lead-department-zh") String signer, Clock clock) {
        this.signer = signer;
        this.clock = clock;
        try {
            if (!Files.exists(keyStore)) {
                if (!createIfAbsent) {
                    throw new IllegalStateException("The center's key store " + keyStore + " does not exist "
                            + "(acceptance.seal.key-store); set acceptance.seal.create-if-absent to make one");
                }
                create(keyStore, password.toCharArray(), signer, clock.instant());
            }
            KeyStore store = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(keyStore)) {
                store.load(in, password.toCharArray());
            }
            String alias = store.containsAlias(ALIAS) ? ALIAS : store.aliases().nextElement();
            key = (PrivateKey) store.getKey(alias, password.toCharArray());
            certificate = (X509Certificate) store.getCertificate(alias);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read the center's key store " + keyStore, e);
        }
    }

    /** The certificate a verifier finds in every signature. */
    public X509Certificate certificate() {
        return certificate;
    }

    /** {@code pdf} with the center's signature added, giving {@code reason}. */
    public byte[] sign(byte[] pdf, String reason) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
            signature.setName(signer);
            signature.setReason(reason);
            Calendar now = new GregorianCalendar(TimeZone.getTimeZone("Asia/Shanghai"));
            now.setTimeInMillis(clock.millis());
            signature.setSignDate(now);
            try (SignatureOptions options = new SignatureOptions()) {
                options.setPreferredSignatureSize(SIGNATURE_SIZE);
                document.addSignature(signature, this::signedData, options);
                ByteArrayOutputStream signed = new ByteArrayOutputStream(pdf.length + 2 * SIGNATURE_SIZE);
                document.saveIncremental(signed);
                return signed.toByteArray();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot sign the document", e);
        }
    }

    /** The CMS signature of the signed byte ranges, with the signing certificate as a signed attribute. */
    private byte[] signedData(InputStream content) throws IOException {
        try {
            ContentSigner contentSigner = new JcaContentSignerBuilder("SHA256withRSA").build(key);
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(
                    new JcaDigestCalculatorProviderBuilder().build())
                    .setSignedAttributeGenerator(new PadesAttributes(certificate))
                    .build(contentSigner, certificate));
            generator.addCertificates(new JcaCertStore(List.of(certificate)));
            return generator.generate(new CMSProcessableByteArray(content.readAllBytes()), false).getEncoded();
        } catch (GeneralSecurityException | OperatorCreationException | CMSException e) {
            throw new IOException("Cannot make the signature", e);
        }
    }

    /**
     * The signed attributes PAdES asks for: the signing certificate (v2, SHA-256) and no signing time, which the
     * signature dictionary carries instead.
     */
    private static final class PadesAttributes extends DefaultSignedAttributeTableGenerator {

        PadesAttributes(X509Certificate certificate) throws GeneralSecurityException {
            super(new AttributeTable(signingCertificate(certificate)));
        }

        @Override
        @SuppressWarnings({ "rawtypes", "unchecked" })
        protected Hashtable createStandardAttributeTable(Map parameters) {
            Hashtable attributes = super.createStandardAttributeTable(parameters);
            attributes.remove(CMSAttributes.signingTime);
            return attributes;
        }

        private static ASN1EncodableVector signingCertificate(X509Certificate certificate)
                throws GeneralSecurityException {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
            ASN1EncodableVector attributes = new ASN1EncodableVector();
            attributes.add(new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                    new DERSet(new SigningCertificateV2(new ESSCertIDv2[] { new ESSCertIDv2(hash) }))));
            return attributes;
        }
    }

    /** Makes a key and a self-signed certificate for {@code name}, valid ten years, and keeps them at {@code path}. */
    private static void create(Path path, char[] password, String name, Instant now)
            throws IOException, GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        X500Name subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "CN").addRDN(BCStyle.O, name)
                .addRDN(BCStyle.CN, name).build();
        JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject,
                new BigInteger(64, new SecureRandom()), Date.from(now.minus(Duration.ofDays(1))),
                Date.from(now.plus(Duration.ofDays(3653))), subject, pair.getPublic());
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
        builder.addExtension(Extension.keyUsage, true,
                new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
        X509Certificate certificate;
        try {
            certificate = new JcaX509CertificateConverter().getCertificate(
                    builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
        } catch (OperatorCreationException e) {
            throw new GeneralSecurityException(e);
        }
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry(ALIAS, pair.getPrivate(), password, new X509Certificate[] { certificate });
        Path absolute = path.toAbsolutePath();
        Files.createDirectories(absolute.getParent());
        Path written = Files.createTempFile(absolute.getParent(), "center-seal", ".p12");
        try (OutputStream out = Files.newOutputStream(written)) {
            store.store(out, password);
        }
        // another instance may have made one meanwhile: the first kept wins, so every instance signs with the same
        try {
            Files.createLink(absolute, written);
            LOG.infof("Made the center's signing key and a self-signed certificate in %s", absolute);
        } catch (FileAlreadyExistsException taken) {
            LOG.debugf("Another instance made the center's key store %s first", absolute);
        } finally {
            Files.delete(written);
        }
    }
}
