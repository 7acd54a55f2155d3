package org.shoetopia.support;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A JVM of its own running a test main on the test classpath, for faults a thread cannot stage (SIGKILL, a file lock, a heap dump). */
public final class ChildJvm {
    private ChildJvm() {}

    /** The process, its error stream merged into its output; start it, or first set its environment. */
    public static ProcessBuilder of(Class<?> main, String... arguments) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                main.getName()));
        command.addAll(List.of(arguments));
        return new ProcessBuilder(command).redirectErrorStream(true);
    }
}
