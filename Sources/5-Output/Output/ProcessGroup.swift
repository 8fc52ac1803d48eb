import Dispatch
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A program run in a process group of its own, so that it and everything it starts can be
/// stopped together: `soffice` is a shell script that runs `oosplash`, which runs `soffice.bin`,
/// and killing only the first would leave the others running.
enum ProcessGroup {
    /// How a run ended.
    enum Outcome: Equatable, Sendable {
        /// The program exited by itself with this status.
        case exited(Int32)
        /// The program was ended by this signal (not ours).
        case signalled(Int32)
        /// The run took longer than its time limit; the whole group was killed.
        case timedOut
        /// `keepGoing` asked to stop; the whole group was killed.
        case stopped
    }

    /// The groups running now, so that an interrupted program can stop them all (``killAll()``).
    static let running = RunningGroups()

    /// Kills every group running now (the program is being interrupted).
    static func killAll() {
        for pid in running.all { kill(-pid, SIGKILL) }
    }

    /// How often a running program is looked at.
    static let pollInterval: UInt32 = 50_000

    /// Runs `executable` with `arguments` (standard input, output and error on /dev/null) and waits
    /// until it ends, `timeout` seconds pass, or `keepGoing` returns false; in the last two cases
    /// kills the whole group. When the program ends by itself, whatever it left running in its group
    /// is killed too. Either way no process of the group is left when this returns.
    /// - Parameter keepGoing: called about every 50 ms while the program runs.
    /// - Returns: how the run ended, or nil when the program could not be started.
    static func run(
        _ executable: String, _ arguments: [String], timeout: Double,
        keepGoing: () -> Bool = { true }
    ) -> Outcome? {
        guard let pid = spawn(executable, arguments) else { return nil }
        running.insert(pid)
        defer { running.remove(pid) }
        let started = DispatchTime.now().uptimeNanoseconds
        let limit = UInt64(max(0, timeout) * 1_000_000_000)
        var outcome: Outcome?
        while outcome == nil {
            if hasEnded(pid) { break }
            if DispatchTime.now().uptimeNanoseconds - started > limit {
                outcome = .timedOut
            } else if !keepGoing() {
                outcome = .stopped
            } else {
                usleep(pollInterval)
            }
        }
        // The leader is not reaped yet, so its group id cannot have been reused by another group.
        kill(-pid, SIGKILL)
        let status = reap(pid)
        if let outcome { return outcome }
        let signal = status & 0x7f
        return signal == 0 ? .exited((status >> 8) & 0xff) : .signalled(signal)
    }

    /// Starts the program as the leader of a new process group, with default signal handling.
    private static func spawn(_ executable: String, _ arguments: [String]) -> pid_t? {
        let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        guard !argv.dropLast().contains(where: { $0 == nil }) else { return nil }
        #if canImport(Glibc)
            var attributes = posix_spawnattr_t()
            var actions = posix_spawn_file_actions_t()
        #else
            var attributes: posix_spawnattr_t?
            var actions: posix_spawn_file_actions_t?
        #endif
        guard posix_spawnattr_init(&attributes) == 0 else { return nil }
        defer { posix_spawnattr_destroy(&attributes) }
        guard posix_spawn_file_actions_init(&actions) == 0 else { return nil }
        defer { posix_spawn_file_actions_destroy(&actions) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        var defaultSignals = sigset_t()
        sigfillset(&defaultSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &defaultSignals)
        posix_spawnattr_setpgroup(&attributes, 0)
        posix_spawnattr_setflags(
            &attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var pid = pid_t()
        // A program file just written may still be open for writing in a child another thread is
        // starting at that moment («text file busy»): that passes in a moment, so try again.
        for _ in 0..<50 {
            let status = posix_spawn(&pid, executable, &actions, &attributes, argv, environ)
            if status == 0 { return pid }
            guard status == ETXTBSY else { return nil }
            usleep(20_000)
        }
        return nil
    }

    /// Whether the program has ended, without reaping it.
    private static func hasEnded(_ pid: pid_t) -> Bool {
        var info = siginfo_t()
        while true {
            if waitid(P_PID, id_t(pid), &info, WEXITED | WNOHANG | WNOWAIT) == 0 { return info.si_signo != 0 }
            if errno != EINTR { return true }
        }
    }

    /// Waits for the ended (or killed) program and returns its raw wait status.
    private static func reap(_ pid: pid_t) -> Int32 {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            if errno != EINTR { return 0 }
        }
        return status
    }
}

/// The leaders of the process groups running now.
final class RunningGroups: @unchecked Sendable {
    private let lock = NSLock()
    private var pids: Set<pid_t> = []

    func insert(_ pid: pid_t) { _ = lock.withLock { pids.insert(pid) } }
    func remove(_ pid: pid_t) { _ = lock.withLock { pids.remove(pid) } }
    var all: Set<pid_t> { lock.withLock { pids } }
}
