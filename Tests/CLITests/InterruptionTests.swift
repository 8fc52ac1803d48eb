import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Ctrl-C while LibreOffice converts: soffice runs in a process group of its own, which the
/// terminal's Ctrl-C does not reach, so `paperwork` stops it before it exits; nothing is published.
@Suite struct InterruptionTests {
    @Test func ctrlCStopsLibreOfficeAndWritesNothing() throws {
        let folder = try Paths.temporaryFolder()
        let bin = folder.appendingPathComponent("bin")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        let pids = folder.appendingPathComponent("pids.log")
        let soffice = bin.appendingPathComponent("soffice")
        try "#!/bin/sh\necho $$ >> '\(pids.path)'\nsleep 1000\n".write(to: soffice, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: soffice.path)
        let output = folder.appendingPathComponent("итоги")
        let path = bin.path + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
        let run = try RunningCommand(
            Paths.paperwork,
            [
                "batch", "--methodology", Paths.example("methodologies/vpr-objectivity.yaml"),
                "--results", Paths.example("results/vpr-objectivity-2023.csv"),
                "--department", Paths.example("department/sosnovsky.yaml"), "-o", output.path, "--format", "pdf",
            ], environment: Command.environment(["PATH": path]))
        let started = Date()
        while (try? String(contentsOf: pids, encoding: .utf8))?.isEmpty ?? true {
            guard Date().timeIntervalSince(started) < 60 else {
                run.kill()
                Issue.record("soffice не запустился за минуту")
                return
            }
            usleep(50_000)
        }
        kill(run.process.processIdentifier, SIGINT)
        let interrupted = Date()
        while run.process.isRunning, Date().timeIntervalSince(interrupted) < 30 { usleep(50_000) }
        if run.process.isRunning {
            Issue.record("paperwork не завершился за 30 с после Ctrl-C")
            for pid in (try? String(contentsOf: pids, encoding: .utf8))?.split(separator: "\n") ?? [] {
                if let pid = pid_t(pid) { kill(-pid, SIGKILL) }
            }
            run.kill()
        }
        let (status, stderr) = run.wait()
        #expect(status == 130, "\(stderr)")
        #expect(stderr.hasSuffix("прервано: ничего не записано\n"), "\(stderr)")
        let started2 = Date()
        let soffices = try String(contentsOf: pids, encoding: .utf8).split(separator: "\n").compactMap { pid_t($0) }
        // The stand-ins are killed with their group at once; allow a moment for the kernel.
        while soffices.contains(where: { kill($0, 0) == 0 }), Date().timeIntervalSince(started2) < 5 { usleep(50_000) }
        #expect(soffices.allSatisfy { kill($0, 0) != 0 }, "soffice остался работать")
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }
}
