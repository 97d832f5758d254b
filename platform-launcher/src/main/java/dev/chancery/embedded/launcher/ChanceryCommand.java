package dev.chancery.embedded.launcher;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The Java side of {@code bin/chancery}: {@code up}, {@code scale} and {@code token}. */
@Command(name = "chancery", mixinStandardHelpOptions = true, version = "chancery 0.1.0",
        description = "Runs Chancery on its embedded default and signs tokens for it.",
        subcommands = {UpCommand.class, ScaleCommand.class, TokenCommand.class})
public class ChanceryCommand implements Runnable {

    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new ChanceryCommand()).setExecutionExceptionHandler((e, command, parsed) -> {
            if (e instanceof IllegalArgumentException) {
                // a bad value (--replicas, scale): its message is the whole story
                command.getErr().println(e.getMessage());
                return 2;
            }
            throw e;
        }).execute(args));
    }
}
