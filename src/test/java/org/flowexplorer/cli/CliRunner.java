package org.flowexplorer.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the CLI in-process and captures exit code, stdout and stderr. */
final class CliRunner {
    record Result(int code, String out, String err) {
        /** The error output must be one line and never a stack trace. */
        boolean cleanOneLineError() {
            String e = err.strip();
            return !e.isEmpty() && !e.contains("\n") && !e.contains("Exception") && !e.contains("\tat ");
        }
    }

    private CliRunner() {
    }

    /** Runs the CLI with {@code setup} applied to the {@code run} command first (its test seams). */
    static Result runWith(java.util.function.Consumer<RunCommand> setup, String... args) {
        picocli.CommandLine.IFactory factory = new picocli.CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> cls) throws Exception {
                K k = picocli.CommandLine.defaultFactory().create(cls);
                if (k instanceof RunCommand rc) {
                    setup.accept(rc);
                }
                return k;
            }
        };
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = FlowExplorerCli.execute(args, new PrintWriter(out, true), new PrintWriter(err, true), factory);
        return new Result(code, out.toString(), err.toString());
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = FlowExplorerCli.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }
}
