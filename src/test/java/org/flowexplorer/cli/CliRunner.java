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

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = FlowExplorerCli.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }
}
