package org.marsad.store.bench;

import java.lang.management.ManagementFactory;

/**
 * CPU time of the whole JVM (all threads: the indexing thread, merges, GC, JIT). On a shared
 * machine wall time depends on the neighbours; CPU time measures what a phase itself cost.
 */
final class CpuClock {
    private CpuClock() {}

    static long nanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }
}
