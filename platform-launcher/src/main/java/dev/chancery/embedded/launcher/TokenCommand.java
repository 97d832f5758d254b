package dev.chancery.embedded.launcher;

import dev.chancery.embedded.JwtKeys;
import dev.chancery.embedded.TokenIssuer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

/** {@code chancery token ROLE...}: prints a bearer token signed with the embedded default's key. */
@Command(name = "token", description = "Print a signed bearer token with the given roles (ingest, read, admin).")
class TokenCommand implements Callable<Integer> {
    private static final Set<String> ROLES = Set.of("ingest", "read", "admin");

    @Parameters(arity = "1..*", paramLabel = "ROLE", description = "ingest, read and/or admin")
    List<String> roles;
    @Option(names = "--data", defaultValue = ".chancery", description = "Data directory holding the key pair.")
    Path data;
    @Option(names = "--subject", defaultValue = "chancery-cli")
    String subject;
    @Option(names = "--hours", defaultValue = "12", description = "Validity in hours.")
    long hours;

    @Override
    public Integer call() throws Exception {
        for (String role : roles) {
            if (!ROLES.contains(role)) {
                System.err.println("unknown role '" + role + "': use ingest, read or admin");
                return 2;
            }
        }
        JwtKeys keys = JwtKeys.in(data.resolve("keys"));
        System.out.println(new TokenIssuer(keys.privateKey()).issue(subject, Duration.ofHours(hours),
                roles.toArray(String[]::new)));
        return 0;
    }
}
