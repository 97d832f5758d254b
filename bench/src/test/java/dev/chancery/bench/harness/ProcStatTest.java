package dev.chancery.bench.harness;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** CPU seconds read from /proc lines (the figures of where a phase's CPU went). */
class ProcStatTest {
    /** A process line: pid (comm) state ppid ... utime stime cutime cstime ...; ticks of 10 ms. */
    private static String line(String comm, long utime, long stime, long cutime, long cstime) {
        return "4242 (" + comm + ") S 1 4242 4242 0 -1 4194560 1200 0 0 0 " + utime + " " + stime + " " + cutime
                + " " + cstime + " 20 0 31 0 5000 1000000 2000 18446744073709551615 1 1 0 0 0 0 0 0 0 0 0 0 17 1 0 0\n";
    }

    @ParameterizedTest(name = "({0}) {1}+{2} ticks, children {3}+{4}: {5} s, with children {6} s")
    @CsvSource(delimiter = '|', value = {
            "java              | 1500 | 250 | 0   | 0  | 17.5 | 17.5",
            "postgres          | 40   | 10  | 300 | 50 | 0.5  | 4.0",
            // a name with spaces and parentheses runs to the last ')'
            "Kafka (broker) x  | 7    | 3   | 1   | 1  | 0.1  | 0.12",
    })
    void processSeconds(String comm, long utime, long stime, long cutime, long cstime, double seconds,
            double withChildren) {
        String[] f = ProcStat.fields(line(comm.strip(), utime, stime, cutime, cstime));
        assertThat(f[0]).isEqualTo(comm.strip());
        assertThat(f[2]).isEqualTo("1");
        assertThat(ProcStat.seconds(f, false)).isEqualTo(seconds);
        assertThat(ProcStat.seconds(f, true)).isEqualTo(withChildren);
    }

    @ParameterizedTest(name = "{0}: {1} busy seconds")
    @CsvSource(delimiter = '|', value = {
            // user nice system idle iowait irq softirq steal: idle and iowait are not busy
            "cpu  1000 50 400 90000 300 20 30 0 0 0 | 15.0",
            "cpu  1000 0 0 0 0 0 0 0                | 10.0",
            "cpu  0 0 0 5000 5000 0 0 100           | 1.0",
    })
    void machineBusy(String cpuLine, double busy) {
        assertThat(ProcStat.machineBusySeconds(cpuLine)).isEqualTo(busy);
    }
}
