package dev.chancery.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;

/**
 * The RSA key pair of the embedded default, generated on first use into a local directory that git ignores:
 * services verify tokens with the public key, {@code chancery token} signs with the private one.
 */
public final class JwtKeys {
    public static final String ISSUER = "chancery";
    private final Path dir;

    private JwtKeys(Path dir) {
        this.dir = dir;
    }

    /** Loads the pair in {@code dir}, generating it when absent. */
    public static JwtKeys in(Path dir) throws IOException, GeneralSecurityException {
        JwtKeys keys = new JwtKeys(dir);
        if (!Files.exists(keys.privateKeyPath())) {
            Files.createDirectories(dir);
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            Files.writeString(keys.publicKeyPath(), pem("PUBLIC KEY", pair.getPublic().getEncoded()));
            Files.writeString(keys.privateKeyPath(), pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
            try {
                Files.setPosixFilePermissions(keys.privateKeyPath(), PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system: permissions are the platform's default
            }
        }
        return keys;
    }

    public Path publicKeyPath() {
        return dir.resolve("jwt-public.pem");
    }

    public Path privateKeyPath() {
        return dir.resolve("jwt-private.pem");
    }

    public PrivateKey privateKey() throws IOException, GeneralSecurityException {
        String body = Files.readString(privateKeyPath()).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(body)));
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
