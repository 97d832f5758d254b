package dev.chancery.k8s;

import java.util.regex.Pattern;

/** What an inline secret looks like: by the variable's name, and by the value itself. */
final class SecretHeuristics {

    /** Names whose value must never be written inline. */
    private static final Pattern SECRET_NAME =
            Pattern.compile("(?i).*(PASSWORD|PASSWD|PWD|SECRET|TOKEN|CREDENTIAL|PRIVATE|API_?KEY|ACCESS_?KEY).*");

    private static final Pattern PEM = Pattern.compile("-----BEGIN [A-Z ]+-----");
    /** user:password@ inside a URL. */
    private static final Pattern URL_CREDENTIALS = Pattern.compile("[a-z][a-z0-9+.-]*://[^/@\\s:]+:[^/@\\s]+@");
    /** Long runs of base64/hex: keys, tokens, JWTs. */
    private static final Pattern KEY_MATERIAL = Pattern.compile("[A-Za-z0-9+/=_-]{40,}");
    private static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.");

    private SecretHeuristics() {
    }

    static boolean secretName(String name) {
        return SECRET_NAME.matcher(name).matches();
    }

    static boolean looksLikeSecretValue(String value) {
        if (value == null) {
            return false;
        }
        return PEM.matcher(value).find() || URL_CREDENTIALS.matcher(value).find()
                || KEY_MATERIAL.matcher(value).find() || JWT.matcher(value).find();
    }
}
