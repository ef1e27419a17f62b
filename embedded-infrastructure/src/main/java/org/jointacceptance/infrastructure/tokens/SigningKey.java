package org.jointacceptance.infrastructure.tokens;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * An RSA key pair that signs bearer tokens (RS256) where no identity provider runs: the local run keeps one in its
 * data folder, created on first start and never committed; each test JVM makes its own.
 */
public final class SigningKey {

    private static final String PRIVATE_FILE = "token-signing-key.pem";
    private static final String PUBLIC_FILE = "token-verification-key.pem";

    private final RSAPrivateKey privateKey;
    private final RSAPublicKey publicKey;

    private SigningKey(RSAPrivateKey privateKey, RSAPublicKey publicKey) {
        this.privateKey = privateKey;
        this.publicKey = publicKey;
    }

    public static SigningKey generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            return new SigningKey((RSAPrivateKey) pair.getPrivate(), (RSAPublicKey) pair.getPublic());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("No RSA key generator", e);
        }
    }

    /** The key kept in {@code folder}, created there (readable by its owner only) if it is not there yet. */
    public static SigningKey inFolder(Path folder) {
        Path privateFile = folder.resolve(PRIVATE_FILE);
        Path publicFile = folder.resolve(PUBLIC_FILE);
        try {
            if (Files.exists(privateFile) && Files.exists(publicFile)) {
                KeyFactory rsa = KeyFactory.getInstance("RSA");
                return new SigningKey(
                        (RSAPrivateKey) rsa.generatePrivate(new PKCS8EncodedKeySpec(fromPem(privateFile))),
                        (RSAPublicKey) rsa.generatePublic(new X509EncodedKeySpec(fromPem(publicFile))));
            }
            SigningKey key = generate();
            Files.createDirectories(folder);
            Files.deleteIfExists(privateFile);
            Files.createFile(privateFile);
            try {
                Files.setPosixFilePermissions(privateFile, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // a file system without POSIX permissions keeps its own defaults
            }
            Files.writeString(privateFile, pem("PRIVATE KEY", key.privateKey.getEncoded()));
            Files.writeString(publicFile, key.publicKeyPem());
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the token signing key in " + folder, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The token signing key in " + folder + " is unreadable; delete it", e);
        }
    }

    /** Where {@link #inFolder} keeps the public key, for {@code mp.jwt.verify.publickey.location}. */
    public static Path publicKeyFile(Path folder) {
        return folder.resolve(PUBLIC_FILE);
    }

    /** The public key as PEM, the form {@code mp.jwt.verify.publickey} reads. */
    public String publicKeyPem() {
        return pem("PUBLIC KEY", publicKey.getEncoded());
    }

    RSAPrivateKey privateKey() {
        return privateKey;
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    private static byte[] fromPem(Path file) throws IOException {
        String body = Files.readString(file).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return Base64.getDecoder().decode(body);
    }
}
