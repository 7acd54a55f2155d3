package org.shoetopia.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.OptionalLong;
import javax.sql.DataSource;

/**
 * CPU time spent so far by this JVM and, when the PostgreSQL server runs on this machine, by the
 * server (its postmaster and every process it started), read from /proc. Lets the benchmark say
 * where each checkout's CPU goes on a machine the two share.
 */
final class CpuMeter {
    /** /proc reports times in USER_HZ ticks, 100 per second on Linux whatever the kernel's HZ. */
    private static final long NANOS_PER_TICK = 10_000_000L;

    private final Long postmasterPid;

    private CpuMeter(Long postmasterPid) {
        this.postmasterPid = postmasterPid;
    }

    /** Finds the server's postmaster through a backend's parent; no server CPU when it is elsewhere. */
    static CpuMeter of(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                var rows = connection.createStatement().executeQuery("select pg_backend_pid()")) {
            rows.next();
            long backend = rows.getLong(1);
            connection.rollback();
            return new CpuMeter(postmasterOf(backend));
        }
    }

    private static Long postmasterOf(long backendPid) {
        try {
            String[] backend = statFields(backendPid);
            long parent = Long.parseLong(backend[1]);
            // The pid is only ours to read if this machine runs the server: its parent is a postgres.
            String parentName = Files.readString(Path.of("/proc", Long.toString(parent), "comm"))
                    .strip();
            return parentName.startsWith("postgres") ? parent : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    long javaNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** The server's CPU time so far, if it runs here. */
    OptionalLong serverNanos() {
        if (postmasterPid == null) {
            return OptionalLong.empty();
        }
        long nanos = 0;
        try (var processes = Files.list(Path.of("/proc"))) {
            for (Path process : (Iterable<Path>) processes::iterator) {
                String name = process.getFileName().toString();
                if (!name.chars().allMatch(Character::isDigit)) {
                    continue;
                }
                try {
                    long pid = Long.parseLong(name);
                    String[] fields = statFields(pid);
                    if (pid == postmasterPid || Long.parseLong(fields[1]) == postmasterPid) {
                        nanos += cpuNanos(fields);
                    }
                } catch (IOException | RuntimeException gone) {
                    // the process ended while we read: its time is no longer counted anywhere
                }
            }
        } catch (IOException e) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(nanos);
    }

    /** /proc/PID/stat after the command name: field 0 is the state, 1 the parent, 11 utime, 12 stime. */
    private static String[] statFields(long pid) throws IOException {
        return statFields(Path.of("/proc", Long.toString(pid), "stat"));
    }

    /** The fields of a process's or a thread's stat file ({@code /proc/PID/task/TID/stat}). */
    static String[] statFields(Path statFile) throws IOException {
        String stat = Files.readString(statFile);
        return stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    }

    /** User and system CPU of a stat file's process or thread, in nanoseconds. */
    static long cpuNanos(String[] statFields) {
        return (Long.parseLong(statFields[11]) + Long.parseLong(statFields[12])) * NANOS_PER_TICK;
    }
}
