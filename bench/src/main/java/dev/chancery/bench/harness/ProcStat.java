package dev.chancery.bench.harness;

/** The CPU figures of /proc: a process's line of /proc/&lt;pid&gt;/stat and the "cpu" line of /proc/stat, in seconds. */
public final class ProcStat {
    /** Clock ticks per second of /proc's times (USER_HZ, 100 on Linux). */
    static final double TICKS_PER_SECOND = 100.0;

    private ProcStat() {
    }

    /**
     * The command name followed by the fields after it ([1] state, [2] ppid, ... [12] utime, [13] stime, [14] cutime,
     * [15] cstime); the name may hold spaces and parentheses, so it runs to the last ')'.
     */
    public static String[] fields(String statLine) {
        int open = statLine.indexOf('(');
        int close = statLine.lastIndexOf(')');
        String[] rest = statLine.substring(close + 2).trim().split(" ");
        String[] f = new String[rest.length + 1];
        f[0] = statLine.substring(open + 1, close);
        System.arraycopy(rest, 0, f, 1, rest.length);
        return f;
    }

    /** User + system seconds of a process ({@link #fields}), with those of its ended children if asked. */
    public static double seconds(String[] fields, boolean withChildren) {
        long ticks = Long.parseLong(fields[12]) + Long.parseLong(fields[13]);
        if (withChildren) {
            ticks += Long.parseLong(fields[14]) + Long.parseLong(fields[15]);
        }
        return ticks / TICKS_PER_SECOND;
    }

    /** Busy seconds of all CPUs from the "cpu" line: everything but idle and iowait (guest time is in user). */
    public static double machineBusySeconds(String cpuLine) {
        String[] f = cpuLine.trim().split("\\s+");
        long busy = 0;
        for (int i = 1; i < Math.min(f.length, 9); i++) {
            if (i != 4 && i != 5) {
                busy += Long.parseLong(f[i]);
            }
        }
        return busy / TICKS_PER_SECOND;
    }
}
