package dev.chancery.extraction.cli;

import picocli.CommandLine;

import java.util.function.ToIntFunction;

/** Runs a picocli command with the exit codes of the project: 2 and the usage on bad arguments, else a chosen code. */
public final class CommandExits {
    private CommandExits() {
    }

    /** Executes the command; a failure prints "error: message" on stderr and exits with {@code failureCode}. */
    public static int execute(Object command, ToIntFunction<Exception> failureCode, String... args) {
        CommandLine cmd = new CommandLine(command);
        cmd.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println("error: " + ex.getMessage());
            ex.getCommandLine().usage(ex.getCommandLine().getErr());
            return 2;
        });
        cmd.setExecutionExceptionHandler((ex, c, p) -> {
            c.getErr().println("error: " + ex.getMessage());
            return failureCode.applyAsInt(ex);
        });
        return cmd.execute(args);
    }
}
