package dev.sifc;

import dev.sifc.cli.Cli;
import dev.sifc.cli.Env;
import dev.sifc.cli.OutputGuard;
import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;

/** The entry point. The only place that calls System.exit. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        // UTF-8 into pipes and files, always: Java 17 would otherwise encode for LANG=C and print umlauts
        // as "?"; a terminal gets its own charset, with ASCII stand-ins for what it lacks (Env). The
        // buffer matters: without it every small write (JSON writes char by char) costs the encoder
        // a wrapper object, a third of all allocation in a long portfolio. Flushing stays with the
        // caller (per client on a terminal, in blocks into a pipe).
        // The guard keeps the first write error, which PrintWriter would swallow: Cli reports it.
        OutputGuard stdout = new OutputGuard(Env.systemOut());
        PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(stdout, Env.stdoutCharset()), 1 << 16));
        PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), Env.stderrCharset()), true);
        System.exit(Cli.run(Env.system(), out, stdout, err, args));
    }
}
