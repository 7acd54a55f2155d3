package org.shoetopia.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What of the machine a reader needs to compare two runs: the CPU's model, and the share of CPU time
 * the hypervisor took for other guests (steal) while the benchmark ran, both read from /proc.
 */
final class MachineFacts {
    private MachineFacts() {}

    static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(line -> line.startsWith("model name"))
                    .map(line -> line.substring(line.indexOf(':') + 1).strip())
                    .findFirst()
                    .orElse("unknown");
        } catch (IOException e) {
            return "unknown (no /proc/cpuinfo)";
        }
    }

    /** The machine's CPU time so far, all cores, in USER_HZ ticks: the total and the stolen part. */
    record CpuTicks(long total, long steal) {
        /** The share of the CPU time between this reading and a later one that was stolen. */
        double stealShareUntil(CpuTicks later) {
            long total = later.total - this.total;
            return total <= 0 ? 0 : (later.steal - steal) / (double) total;
        }

        /** Parses /proc/stat's first line: "cpu user nice system idle iowait irq softirq steal ...". */
        static CpuTicks parse(String cpuLine) {
            String[] fields = cpuLine.strip().split("\\s+");
            if (!fields[0].equals("cpu")) {
                throw new IllegalArgumentException("not the all-cores line of /proc/stat: " + cpuLine);
            }
            long total = 0;
            // guest and guest_nice (9 and 10) are already counted in user and nice
            for (int i = 1; i < Math.min(fields.length, 9); i++) {
                total += Long.parseLong(fields[i]);
            }
            long steal = fields.length > 8 ? Long.parseLong(fields[8]) : 0;
            return new CpuTicks(total, steal);
        }
    }

    static Optional<CpuTicks> cpuTicks() {
        try (var lines = Files.lines(Path.of("/proc/stat"))) {
            return lines.findFirst().map(CpuTicks::parse);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
